package dev.sko.core;

/** How a customer on a panel or in a customer session feels about the company. */
public enum CustomerSentiment {
  /** Would recommend the company. */
  PROMOTER,
  /** Neither promoter nor detractor. */
  NEUTRAL,
  /** Would warn others off. */
  DETRACTOR
}
