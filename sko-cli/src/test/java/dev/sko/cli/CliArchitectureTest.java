package dev.sko.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sko.core.testing.ExportedApi;

/** What the command's module shows: its exported package, free of Guava like every module's. */
@AnalyzeClasses(packages = "dev.sko.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  /** Covers the package sko-cli's module-info exports: {@link Sko}, which tools run in-process. */
  @ArchTest
  static final ArchRule public_signatures_do_not_mention_guava =
      ExportedApi.publicSignaturesMentionNoGuava();
}
