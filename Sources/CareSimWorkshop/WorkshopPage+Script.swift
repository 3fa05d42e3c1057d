extension WorkshopPage {
  /// The page's JavaScript, `Resources/workshop.js` (embedded at build time), without its opening
  /// comment: that file says what the script does, how it computes, and how it is tested.
  ///
  /// `window.caresimWorkshop` gives tests the state, setters, and the numbers shown.
  static let script = pageText(of: PackageResources.workshop_js)

  /// The text of a resource file of the page without its opening comment.
  ///
  /// A resource file opens with a comment for its readers, up to the first blank line; the page
  /// leaves it out, so that every page carries only what the browser needs and the explanation
  /// lives next to the code it explains.
  static func pageText(of resource: [UInt8]) -> String {
    let text = String(decoding: resource, as: UTF8.self)
    guard text.hasPrefix("/"), let end = text.range(of: "\n\n") else {
      preconditionFailure("a workshop resource must open with a comment and a blank line")
    }
    return String(text[end.upperBound...])
  }
}
