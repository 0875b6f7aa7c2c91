/**
 * The {@code sko} command: {@code sko validate}, {@code sko rules}, {@code sko explain}. It is an
 * application rather than a library: it exports only {@link dev.sko.cli.Sko}'s package (whose one
 * public type runs the command in-process, for tests and tools), and opens it to picocli, which
 * fills the commands' options reflectively.
 */
@org.jspecify.annotations.NullMarked
module dev.sko.cli {
  requires dev.sko.core;
  requires dev.sko.rules;
  requires dev.sko.json;
  requires info.picocli;
  requires static org.jspecify;

  exports dev.sko.cli;

  opens dev.sko.cli to
      info.picocli;
}
