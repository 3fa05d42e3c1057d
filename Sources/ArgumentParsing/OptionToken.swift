/// An argument that is spelled as an option, split into its parts.
struct OptionToken {
  /// The option as typed, without any `=value`: `"--seed"` or `"-h"`.
  var spelling: Substring
  /// The name after the dashes: `"seed"` or `"h"`.
  var name: Substring
  /// Whether it was spelled with a single dash.
  var isShort: Bool
  /// The value after the first `=`, if any.
  var attachedValue: String?

  /// Splits `argument`, or returns `nil` if it is a value: `-` alone or `-` and a digit.
  init?(_ argument: String) {
    guard argument.hasPrefix("-"), argument.count > 1 else { return nil }
    let second = argument[argument.index(after: argument.startIndex)]
    guard !("0"..."9").contains(second) else { return nil }

    isShort = second != "-"
    if let equals = argument.firstIndex(of: "=") {
      spelling = argument[..<equals]
      attachedValue = String(argument[argument.index(after: equals)...])
    } else {
      spelling = argument[...]
      attachedValue = nil
    }
    name = spelling.dropFirst(isShort ? 1 : 2)
  }
}
