/// A national figure that a scenario's control arm should reproduce, with how sure it is.
///
/// A target compares one published number (or one inferred from published numbers) with one
/// ``CalibrationMeasure`` of the control arm. Its standard error says how far the figure the model
/// should match may lie from the number: sampling, definitions, years, and the inference that
/// turns the published number into the measure. The calibration's distance counts in those units,
/// so a precise figure pulls harder than a rough one.
public struct CalibrationTarget: Sendable, Equatable {
  /// Whether a target enters the fit, or is only reported beside it.
  public enum Use: String, Sendable, Equatable, CaseIterable {
    /// In the distance the calibration minimises.
    case fit
    /// Reported with its distance, but not fitted: an honest test of what the fit did not see.
    case check
  }

  /// A short name, unique in its file (`lifeExpectancy80`).
  public var id: String
  /// What the figure is, for a table (`remaining life expectancy at 80, both sexes (years)`).
  public var label: String
  /// The label in Dutch (`resterende levensverwachting op 80 jaar, mannen en vrouwen (jaren)`),
  /// where the file gives one: a Dutch report shows it, and ``label`` without it.
  public var labelNL: String?
  public var measure: CalibrationMeasure
  /// The years of the run the measure pools (1-based, inclusive); nil for all of them.
  public var years: ClosedRange<Int>?
  public var value: Double
  public var standardError: Double
  public var use: Use
  public var source: String

  public init(
    id: String, label: String, labelNL: String? = nil, measure: CalibrationMeasure,
    years: ClosedRange<Int>? = nil, value: Double, standardError: Double, use: Use,
    source: String
  ) {
    precondition(standardError > 0, "a target's standard error must be positive")
    self.id = id
    self.label = label
    self.labelNL = labelNL
    self.measure = measure
    self.years = years
    self.value = value
    self.standardError = standardError
    self.use = use
    self.source = source
  }

  /// How far a model value lies from the target, in the target's standard errors (signed: a
  /// positive distance is a model value above the target).
  public func distance(of modelValue: Double) -> Double { (modelValue - value) / standardError }
}
