/// Who pays a cost line.
///
/// Dutch care is paid from separate budgets, and the point of CareSim is to show who pays and who saves,
/// so every cost is booked to exactly one funder.
public enum Funder: Int, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Municipal social support (Wet maatschappelijke ondersteuning): household help, guidance, day care.
  case wmo
  /// Health insurance (Zorgverzekeringswet): GP, hospital, home nursing.
  case zvw
  /// Long-term institutional care (Wet langdurige zorg): nursing homes.
  case wlz
  /// The intervention's own budget, before the funding split assigns it to payers.
  case intervention
  /// Informal-care hours valued at a shadow price: a societal line, paid by nobody's budget.
  case informal

  /// The funders whose budgets pay for professional care; the intervention's cost is split among them.
  public static let payers: [Funder] = [.wmo, .zvw, .wlz]

  public var description: String {
    switch self {
    case .wmo: "wmo"
    case .zvw: "zvw"
    case .wlz: "wlz"
    case .intervention: "intervention"
    case .informal: "informal"
    }
  }
}
