package dev.sko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md stands verbatim (indentation aside) in a test that runs, so the
 * README cannot drift from code that compiles and passes.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String normalize(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void every_java_snippet_of_the_readme_is_in_a_test() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> snippets = new ArrayList<>();
    while (m.find()) {
      snippets.add(normalize(m.group(1)));
    }
    String tests;
    try (var files = Files.walk(ROOT.resolve("sko-examples/src/test/java"))) {
      tests =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(
                  p -> {
                    try {
                      return normalize(Files.readString(p, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .collect(Collectors.joining("\n"));
    }

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
    for (String snippet : snippets) {
      assertThat(tests).as("README snippet in a test:%n%s", snippet).contains(snippet);
    }
  }
}
