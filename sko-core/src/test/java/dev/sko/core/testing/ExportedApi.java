package dev.sko.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * ArchUnit rules over what a module shows its users: the public types of the packages its {@code
 * module-info} exports to everyone. Every module's architecture test applies them to its own
 * classes, so the list of API packages is read from the compiled module descriptor (one fact, in
 * {@code module-info.java}) and a package exported tomorrow is covered without being named here.
 */
public final class ExportedApi {
  private ExportedApi() {}

  /** Code source (a classes directory or a jar) to the packages it exports to everyone. */
  private static final Map<Path, Set<String>> EXPORTS = new ConcurrentHashMap<>();

  /**
   * Public types of exported packages take, return, throw, extend and hold no Guava type: Guava may
   * be used inside, but users code against {@code java.util} types (STYLE.md, after ArchUnit's
   * {@code PublicAPIRules}).
   */
  public static ArchRule publicSignaturesMentionNoGuava() {
    return classes()
        .that(areExportedApi())
        .should(haveNoPublicSignatureMentioning(guava(), (type, supertype) -> false))
        .as("public signatures in every exported package do not mention Guava")
        .because("Guava may be used inside, but users take and return java.util types (STYLE.md)");
  }

  /**
   * Types a user of the module can name: public, nested only in public types, in a package that the
   * module's descriptor exports without qualification. A class from a jar or directory without
   * {@code module-info.class} is in no exported package.
   */
  public static DescribedPredicate<JavaClass> areExportedApi() {
    return DescribedPredicate.describe(
        "are public types of a package their module exports",
        c -> isPublicAllTheWayOut(c) && exportedPackagesOf(c).contains(c.getPackageName()));
  }

  /** Guava's types: every package under {@code com.google.common}. */
  public static DescribedPredicate<JavaClass> guava() {
    return DescribedPredicate.describe(
        "Guava types", c -> c.getPackageName().startsWith("com.google.common"));
  }

  /**
   * The type's supertypes, and the parameter, return, thrown and field types (generic arguments
   * included) of its public members, inherited ones too (a public builder inherits its generated
   * methods), mention nothing {@code forbidden}, except supertypes that {@code allowedSupertype}
   * accepts for the type.
   */
  public static ArchCondition<JavaClass> haveNoPublicSignatureMentioning(
      DescribedPredicate<JavaClass> forbidden, BiPredicate<JavaClass, JavaClass> allowedSupertype) {
    return new ArchCondition<>(
        "have no public signature mentioning " + forbidden.getDescription()) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        type.getAllRawSuperclasses().stream()
            .filter(forbidden)
            .filter(s -> !allowedSupertype.test(type, s))
            .forEach(s -> problems.add("extends " + s.getName()));
        type.getAllRawInterfaces().stream()
            .filter(forbidden)
            .forEach(i -> problems.add("implements " + i.getName()));
        List<JavaCodeUnit> members = new ArrayList<>();
        members.addAll(type.getAllMethods());
        members.addAll(type.getConstructors());
        for (JavaCodeUnit member : members) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)
              || !member.getOwner().getPackageName().startsWith("dev.sko")) {
            // Not visible to users, or Object's and the JDK's own methods.
            continue;
          }
          member.getReturnType().getAllInvolvedRawTypes().stream()
              .filter(forbidden)
              .forEach(t -> problems.add(member.getFullName() + " returns " + t.getName()));
          member.getParameterTypes().stream()
              .flatMap(p -> p.getAllInvolvedRawTypes().stream())
              .filter(forbidden)
              .forEach(t -> problems.add(member.getFullName() + " takes " + t.getName()));
          member.getThrowsClause().getTypes().stream()
              .filter(forbidden)
              .forEach(t -> problems.add(member.getFullName() + " throws " + t.getName()));
        }
        for (JavaField field : type.getAllFields()) {
          if (field.getModifiers().contains(JavaModifier.PUBLIC)
              && field.getOwner().getPackageName().startsWith("dev.sko")) {
            field.getType().getAllInvolvedRawTypes().stream()
                .filter(forbidden)
                .forEach(t -> problems.add(field.getFullName() + " is a " + t.getName()));
          }
        }
        for (String problem : problems) {
          events.add(SimpleConditionEvent.violated(type, problem));
        }
        if (problems.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(type, type.getName() + " is clean"));
        }
      }
    };
  }

  /**
   * The packages that the module holding {@code type} exports to everyone, read from the {@code
   * module-info.class} beside it (tests run on the class path, so the module system does not tell).
   */
  public static Set<String> exportedPackagesOf(JavaClass type) {
    CodeSource source = type.reflect().getProtectionDomain().getCodeSource();
    if (source == null) {
      return Set.of();
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + type.getName(), e);
    }
    return EXPORTS.computeIfAbsent(location, ExportedApi::readExports);
  }

  private static Set<String> readExports(Path location) {
    try {
      if (Files.isDirectory(location)) {
        Path moduleInfo = location.resolve("module-info.class");
        if (!Files.isRegularFile(moduleInfo)) {
          return Set.of();
        }
        try (InputStream in = Files.newInputStream(moduleInfo)) {
          return unqualifiedExports(in);
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        JarEntry moduleInfo = jar.getJarEntry("module-info.class");
        if (moduleInfo == null) {
          return Set.of();
        }
        try (InputStream in = jar.getInputStream(moduleInfo)) {
          return unqualifiedExports(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the module descriptor in " + location, e);
    }
  }

  private static Set<String> unqualifiedExports(InputStream moduleInfo) throws IOException {
    return ModuleDescriptor.read(moduleInfo).exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isPublicAllTheWayOut(JavaClass c) {
    return c.getModifiers().contains(JavaModifier.PUBLIC)
        && c.getEnclosingClass().map(ExportedApi::isPublicAllTheWayOut).orElse(true);
  }
}
