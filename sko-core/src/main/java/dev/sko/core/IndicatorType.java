package dev.sko.core;

/** Whether a metric leads, sits between, or lags the revenue it predicts. */
public enum IndicatorType {
  /** A leading indicator: activity and skill. */
  LEAD,
  /** A mid indicator: pipeline. */
  MID,
  /** A lagging indicator: attainment. */
  LAG
}
