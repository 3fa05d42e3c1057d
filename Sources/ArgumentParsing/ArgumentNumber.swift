/// Numbers as help and errors show them: `0.5`, `1000`, and `1e+15` for the large bounds that only
/// guard against nonsense.
enum ArgumentNumber {
  static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e7 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
