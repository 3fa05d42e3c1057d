/// The Dutch reference values of a QALY: what a QALY may cost, by the burden of the disease it
/// relieves (Zorginstituut Nederland 2015, "Kosteneffectiviteit in de praktijk": up to €20,000
/// at a burden of 0.1 to 0.4, €50,000 at 0.41 to 0.7, €80,000 at 0.71 to 1).
///
/// The acceptability curve passes through each (see
/// ``ProbabilisticSensitivity/willingnessToPay``), and the reports mark them.
public enum QALYReferenceValue: CaseIterable, Sendable {
  case lowBurden
  case middleBurden
  case highBurden

  /// The euros per QALY.
  public var euros: Double {
    switch self {
    case .lowBurden: 20_000
    case .middleBurden: 50_000
    case .highBurden: 80_000
    }
  }
}
