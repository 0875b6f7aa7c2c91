package dev.sko.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sko.core.testing.ExportedApi;

/** What sko-testing shows its users, checked on its compiled classes. */
@AnalyzeClasses(packages = "dev.sko.testing", importOptions = ImportOption.DoNotIncludeTests.class)
class TestingArchitectureTest {

  /** sko-testing exports one package, dev.sko.testing. */
  @ArchTest
  static final ArchRule public_signatures_do_not_mention_guava =
      ExportedApi.publicSignaturesMentionNoGuava();
}
