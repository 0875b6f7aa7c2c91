package dev.sko.core.testing;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The public types of a package, found on the class path, so that tests over "every public type"
 * (null hostility, value semantics) cover a type added tomorrow without being told about it.
 */
public final class PublicApi {
  private PublicApi() {}

  /**
   * The public top-level types of {@code packageName} and their public nested types (builders),
   * sorted by name. Package-private types, such as the generated {@code Immutable*} classes, are
   * not part of the API and are left out.
   */
  public static List<Class<?>> publicTypes(String packageName) {
    ClassLoader loader = PublicApi.class.getClassLoader();
    List<Class<?>> types = new ArrayList<>();
    try {
      for (ClassPath.ClassInfo info : ClassPath.from(loader).getTopLevelClasses(packageName)) {
        addPublic(info.load(), types);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static void addPublic(Class<?> type, List<Class<?>> into) {
    if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic()) {
      return;
    }
    into.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addPublic(nested, into);
    }
  }

  /**
   * Whether {@code type} has a public instance method that takes a parameter of a reference type:
   * one that {@code NullPointerTester} can pass a null to. {@code equals} takes any object.
   */
  public static boolean takesReferencesOnInstances(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass() != Object.class && !isEquals(m))
        .filter(m -> m.getDeclaringClass() != Enum.class)
        .anyMatch(m -> Arrays.stream(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive()));
  }

  private static boolean isEquals(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1;
  }
}
