/**
 * The shape of the model, written once: {@link dev.sko.core.shape.PlanShapes} lists the fields of
 * every plan type in canonical order as a {@link dev.sko.core.shape.Shape} of {@link
 * dev.sko.core.shape.Field}s, each with its {@link dev.sko.core.shape.Type}, whether it is
 * required, optional or defaulted, and the accessor and builder method it reads and sets through.
 * The plan file formats (JSON, YAML), their schema and path resolution ({@code Location}) are
 * derived from it, so adding a field to a value type means adding one line here. The package is
 * exported to sko's own modules only; it is not API for applications.
 */
@NullMarked
package dev.sko.core.shape;

import org.jspecify.annotations.NullMarked;
