package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the compiled {@code module-info.class} of sko-core (from the directory or jar that {@link
 * KickoffPlan} was loaded from; tests run on the class path, so the module system itself does not
 * enforce it here) and checks what the module shows to its users.
 */
class ModuleInfoTest {

  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readCompiledDescriptor() throws IOException, URISyntaxException {
    Path classes =
        Path.of(KickoffPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path moduleInfo = classes.resolve("module-info.class");
    assertThat(moduleInfo).isRegularFile();
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void theModuleIsNamedAfterItsPackage() {
    assertThat(descriptor.name()).isEqualTo("dev.sko.core");
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void exportsOnlyTheApiPackageToEveryone() {
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .collect(Collectors.toSet());

    assertThat(exported).containsExactly("dev.sko.core");
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void sharesTheImmutablesStyleOnlyWithSkoModules() {
    assertThat(descriptor.exports())
        .filteredOn(e -> e.source().equals("dev.sko.core.internal"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.isQualified()).isTrue();
              assertThat(e.targets()).allSatisfy(t -> assertThat(t).startsWith("dev.sko."));
            });
  }

  @Test
  void exportsTheModelsShapeOnlyToThePlanFormatsAndTheRules() {
    assertThat(descriptor.exports())
        .filteredOn(e -> e.source().equals("dev.sko.core.shape"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.targets()).containsExactlyInAnyOrder("dev.sko.json", "dev.sko.rules"));
    assertThat(descriptor.exports())
        .filteredOn(Exports::isQualified)
        .extracting(Exports::source)
        .containsExactlyInAnyOrder("dev.sko.core.internal", "dev.sko.core.shape");
  }

  @Test
  void annotationOnlyDependenciesAreStaticAndJspecifyIsTransitive() {
    assertThat(descriptor.requires())
        .filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .extracting(ModuleDescriptor.Requires::name)
        .contains("org.immutables.value.annotations", "com.google.errorprone.annotations");
    assertThat(descriptor.requires())
        .filteredOn(r -> r.name().equals("org.jspecify"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
