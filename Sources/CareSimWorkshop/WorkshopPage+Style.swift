extension WorkshopPage {
  /// The page's CSS, `Resources/workshop.css` (embedded at build time), without its opening
  /// comment: large type and high contrast for a projector, one column on a phone.
  static let style = pageText(of: PackageResources.workshop_css)
}
