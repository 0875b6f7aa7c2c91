/**
 * Build support shared by the sko modules and by nothing else: {@link
 * dev.sko.core.internal.SkoStyle}, the one Immutables style meta-annotation that every module's
 * value packages carry. The package is exported only to those sko modules, never to users, so it is
 * not part of the public API and may change without notice.
 */
@NullMarked
package dev.sko.core.internal;

import org.jspecify.annotations.NullMarked;
