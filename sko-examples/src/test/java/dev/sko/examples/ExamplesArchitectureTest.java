package dev.sko.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sko.core.testing.ExportedApi;

/** What sko-examples shows its users, checked on its compiled classes. */
@AnalyzeClasses(packages = "dev.sko.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

  /** Covers every package sko-examples exports: the walkthrough, the ACME pack, the plans. */
  @ArchTest
  static final ArchRule public_signatures_do_not_mention_guava =
      ExportedApi.publicSignaturesMentionNoGuava();
}
