/**
 * Support shared by the sko modules and by nothing else: {@link dev.sko.core.internal.SkoStyle},
 * the one Immutables style meta-annotation that every module's value packages carry, and {@link
 * dev.sko.core.internal.Figures}, how money and percentages are written for people (in rule
 * messages and in reports alike). The package is exported only to those sko modules, never to
 * users, so it is not part of the public API and may change without notice.
 */
@NullMarked
package dev.sko.core.internal;

import org.jspecify.annotations.NullMarked;
