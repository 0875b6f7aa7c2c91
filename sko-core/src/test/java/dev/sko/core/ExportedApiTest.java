package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.sko.core.internal.SkoStyle;
import dev.sko.core.testing.ExportedApi;
import org.junit.jupiter.api.Test;

/** The shared "no Guava in exported signatures" rule sees what it must and fails when it should. */
class ExportedApiTest {

  /** A public type whose public method returns a Guava type: what the rule exists to catch. */
  public static final class LeaksGuava {
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }
  }

  private static JavaClass imported(Class<?> type) {
    return new ClassFileImporter().importClass(type);
  }

  @Test
  void theModulesExportedPackagesComeFromItsDescriptor() {
    assertThat(ExportedApi.exportedPackagesOf(imported(KickoffPlan.class)))
        .containsExactly("dev.sko.core");
    assertThat(ExportedApi.areExportedApi().test(imported(KickoffPlan.class))).isTrue();
  }

  @Test
  void aQualifiedExportIsNotApi() {
    assertThat(ExportedApi.areExportedApi().test(imported(SkoStyle.class))).isFalse();
  }

  @Test
  void classesWithoutAModuleDescriptorAreNotApi() {
    // Test classes sit in target/test-classes, which has no module-info.class.
    assertThat(ExportedApi.exportedPackagesOf(imported(LeaksGuava.class))).isEmpty();
  }

  @Test
  void aGuavaTypeInAPublicSignatureFailsTheConditionWithTheMember() {
    assertThatThrownBy(
            () ->
                ArchRuleDefinition.classes()
                    .should(
                        ExportedApi.haveNoPublicSignatureMentioning(
                            ExportedApi.guava(), (type, supertype) -> false))
                    .check(new ClassFileImporter().importClasses(LeaksGuava.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeaksGuava.names() returns com.google.common.collect.ImmutableList");
  }
}
