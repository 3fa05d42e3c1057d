import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimWorkshop

/// The page's script as the page carries it: `Resources/workshop.js` without its opening comment.
@Suite struct WorkshopPageScriptTests {
  static func resource(_ name: String) throws -> String {
    try String(
      contentsOf: RepositoryFiles.root.appendingPathComponent(
        "Sources/CareSimWorkshop/Resources/\(name)"),
      encoding: .utf8)
  }

  @Test func theOpeningCommentEndsAtTheFirstBlankLine() {
    let text = "// what\n// why\n\nfirst();\n\nsecond();\n"
    #expect(WorkshopPage.pageText(of: Array(text.utf8)) == "first();\n\nsecond();\n")
    #expect(WorkshopPage.pageText(of: Array("/* a\n b */\n\nx {}\n".utf8)) == "x {}\n")
  }

  @Test func theScriptIsTheFileAfterItsOpeningComment() throws {
    let file = try Self.resource("workshop.js")
    let comment = try #require(file.range(of: "\n\n"))
    #expect(file.hasPrefix("// The workshop page's script"))
    #expect(WorkshopPage.script == String(file[comment.upperBound...]))
    #expect(!WorkshopPage.script.hasPrefix("//") && !WorkshopPage.script.hasPrefix("\n"))
  }

  /// The script stands inside a `<script>` element as it is: a `</script` in it would end the
  /// element early and `<!--` would change how the browser reads it.
  @Test func theScriptCanStandInAScriptElement() {
    let script = WorkshopPage.script.lowercased()
    #expect(!script.contains("</script"))
    #expect(!script.contains("<!--"))
  }

  /// Tests in the browser reach the page's state through `window.caresimWorkshop`.
  @Test func theScriptExposesItsStateToTests() {
    #expect(WorkshopPage.script.contains("window.caresimWorkshop"))
  }

  #if compiler(>=6.2)
  /// A resource without an opening comment and blank line is a bug of the build: it traps.
  @Test func aResourceWithoutItsOpeningCommentTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = WorkshopPage.pageText(of: Array("first();\n\nsecond();\n".utf8))
    }
  }
  #endif
}
