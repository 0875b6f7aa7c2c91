/**
 * Small programs that each start, build one plan, validate it once and print one line; run.sh times
 * them as whole processes with hyperfine against {@link dev.sko.bench.cold.Empty}, a JVM that does
 * nothing.
 */
@NullMarked
package dev.sko.bench.cold;

import org.jspecify.annotations.NullMarked;
