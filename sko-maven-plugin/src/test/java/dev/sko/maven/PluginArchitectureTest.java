package dev.sko.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sko.core.testing.ExportedApi;

/** What the plugin shows: its public types, free of Guava like every module's API. */
@AnalyzeClasses(packages = "dev.sko.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

  /**
   * A Maven plugin runs on the class path and has no {@code module-info}, so {@link
   * ExportedApi#publicSignaturesMentionNoGuava()} (which reads the exported packages from it) would
   * find nothing to check here: the rule is applied to the plugin's public types instead, the ones
   * Maven and the plugin's users see.
   */
  @ArchTest
  static final ArchRule public_signatures_do_not_mention_guava =
      classes()
          .that()
          .arePublic()
          .should(
              ExportedApi.haveNoPublicSignatureMentioning(
                  ExportedApi.guava(), (type, supertype) -> false))
          .as("public signatures of the plugin do not mention Guava")
          .because(
              "Guava may be used inside, but users take and return java.util types (STYLE.md)");
}
