/// What kind of quantity a value is, so that an axis, a label and a tooltip write it alike.
public enum ValueFormat: String, Sendable, Hashable, CaseIterable, Codable {
  /// A plain number: `1,234.5` (counts, months, QALYs, ratios).
  case number
  /// An amount in euros: `€1,234`, compact on axes as `€250k`, `€1.2M`.
  case euros
  /// A share in [0, 1] written as a percentage: 0.815 as `81.5%`.
  case percent
}
