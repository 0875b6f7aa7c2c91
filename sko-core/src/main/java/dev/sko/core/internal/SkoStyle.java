package dev.sko.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every sko module: put it on a package (or a type) whose values
 * Immutables generates. Generated {@code Immutable*} classes stay package private; users reach them
 * only through each type's nested {@code Builder} and {@code builder()}, or its factories.
 *
 * <p>Not API: the package is exported only to the sko modules that generate values (see sko-core's
 * {@code module-info.java}). The annotation has class retention, so nothing needs it at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    depluralizeDictionary = {"activity:activities", "category:categories", "criterion:criteria"})
public @interface SkoStyle {}
