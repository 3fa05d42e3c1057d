/// The largest values a scenario may hold, so that every total stays finite and exact enough.
///
/// Each limit is far above any real figure and well inside what the arithmetic carries. The largest
/// total a run forms is residents × months × a month's cost per resident: with every limit at its
/// maximum, 10⁶ × 600 × 10⁹/12 ≈ 5·10¹⁶ euros, finite and, summed in doubles, within a relative
/// error of about 600 × 2⁻⁵³ ≈ 7·10⁻¹⁴. Quality of life is summed in integer steps of 2⁻⁴⁰ per
/// resident-month, which holds up to 2²⁴ residents. The README's reliability section lists them.
public enum ScenarioLimits {
  /// Residents of one scenario: a million, more than the residents aged 65 and over of any Dutch
  /// province but the largest.
  public static let residents = 1_000_000
  /// Months of the horizon: fifty years.
  public static let months = 600
  /// Replications a scenario may ask for, as on the command line.
  public static let replications = 1_000_000
  /// Euros a year per resident of a care cost, and per crisis, per extra trajectory and per
  /// participant: a billion (the most expensive care costs a few hundred thousand a year).
  public static let amount = 1e9
  /// Euros a year of the programme's fixed cost: ten billion.
  public static let programmeCostPerYear = 1e10
  /// Euros per hour of informal care: ten thousand.
  public static let shadowPricePerHour = 1e4
  /// Euros per QALY: ten million (Dutch reference values are 20,000 to 80,000).
  public static let valuePerQALY = 1e7
  /// Files a scenario may extend through a chain of `extends`: eight, more than a teaching
  /// variant of a regional variant of the default needs, and few enough that a chain stays
  /// readable.
  public static let bases = 8
}
