import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimWorkshop

/// The page's styles as the page carries them: `Resources/workshop.css` without its opening
/// comment, also the base of the index page's.
@Suite struct WorkshopPageStyleTests {
  @Test func theStyleIsTheFileAfterItsOpeningComment() throws {
    let file = try WorkshopPageScriptTests.resource("workshop.css")
    let comment = try #require(file.range(of: "\n\n"))
    #expect(file.hasPrefix("/*"))
    #expect(WorkshopPage.style == String(file[comment.upperBound...]))
  }

  /// A `</style` in the styles would end the element early.
  @Test func theStyleCanStandInAStyleElement() {
    #expect(!WorkshopPage.style.lowercased().contains("</style"))
    #expect(!WorkshopIndexPage.style.lowercased().contains("</style"))
  }

  /// Every custom property the page's and the index's styles use is defined by the page's style
  /// or set by the script (`--at`, a tick's place); an undefined one would silently drop its rule.
  @Test func everyCustomPropertyUsedIsDefined() {
    func names(_ text: String, _ pattern: Regex<(Substring, Substring)>) -> Set<String> {
      Set(text.matches(of: pattern).map { String($0.output.1) })
    }
    let defined = names(WorkshopPage.style, /(--[a-z-]+)\s*:/)
      .union(names(WorkshopPage.script, /setProperty\('(--[a-z-]+)'/))
    let used = names(WorkshopPage.style + WorkshopIndexPage.style, /var\((--[a-z-]+)\)/)
    #expect(used.isSuperset(of: ["--ink", "--accent", "--at"]))
    #expect(used.subtracting(defined).isEmpty, "\(used.subtracting(defined).sorted())")
  }

  /// Braces balance, so that no rule swallows the ones after it.
  @Test func theBracesOfTheStyleBalance() {
    for style in [WorkshopPage.style, WorkshopIndexPage.style] {
      var depth = 0
      var lowest = 0
      for character in style where character == "{" || character == "}" {
        depth += character == "{" ? 1 : -1
        lowest = min(lowest, depth)
      }
      #expect(depth == 0 && lowest == 0)
    }
  }
}
