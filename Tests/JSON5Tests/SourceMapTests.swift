import Foundation
import JSON5
import Testing

/// Where each value of a document stands, found by its dotted path.
@Suite struct SourceMapTests {
  @Test func sourceMapPlacesMembersAtTheirNamesAndElementsAtTheirValues() throws {
    let text = """
      // header
      {
        simulation: { residents: 1000, months: 120 },
        "levels": [
          { name: 'a' },
          { name: "é", utility: 0.5 },
        ],
      }
      """
    let (_, map) = try JSONValue.parseWithSourceMap(Data(text.utf8))
    let expected: [String: SourcePosition] = [
      "": SourcePosition(line: 2, column: 1),
      "simulation": SourcePosition(line: 3, column: 3),
      "simulation.residents": SourcePosition(line: 3, column: 17),
      "simulation.months": SourcePosition(line: 3, column: 34),
      "levels": SourcePosition(line: 4, column: 3),
      "levels.0": SourcePosition(line: 5, column: 5),
      "levels.1.name": SourcePosition(line: 6, column: 7),
      "levels.1.utility": SourcePosition(line: 6, column: 18),
    ]
    for (path, position) in expected {
      #expect(map.position(at: path) == position, "\(path)")
    }
  }

  @Test func nearestPositionFallsBackToTheDeepestExistingAncestor() throws {
    let text = "{\n  a: {\n    b: [1,\n      2],\n  },\n}"
    let (_, map) = try JSONValue.parseWithSourceMap(Data(text.utf8))
    #expect(map.position(at: "a.b.1") == SourcePosition(line: 4, column: 7))
    #expect(map.position(at: "a.c") == nil)
    #expect(map.nearestPosition(to: "a.c") == SourcePosition(line: 2, column: 3))
    #expect(map.nearestPosition(to: "a.b.7.x") == SourcePosition(line: 3, column: 5))
    #expect(map.nearestPosition(to: "a.b.01") == SourcePosition(line: 3, column: 5))
    #expect(map.nearestPosition(to: "zzz") == SourcePosition(line: 1, column: 1))
  }

  @Test func indicesAreCanonicalDecimal() throws {
    let (_, map) = try JSONValue.parseWithSourceMap(Data("[10, 20]".utf8))
    #expect(map.position(at: "1") == SourcePosition(line: 1, column: 6))
    for path in ["01", "+1", "2", "-1", "1.x", "a"] {
      #expect(map.position(at: path) == nil, "\(path)")
    }
  }

  @Test func positionsOrderByLineThenColumnAndPrintAsCompilersDo() {
    let early = SourcePosition(line: 2, column: 9)
    let late = SourcePosition(line: 3, column: 1)
    #expect(early < late && !(late < early))
    #expect(late < SourcePosition(line: 3, column: 2))
    #expect([late, early].sorted() == [early, late])
    #expect(early.description == "2:9")
  }

  /// Before a file's map is merged with another's, every value in it is named as that file's.
  @Test func attributingAMapNamesTheFileAtEveryDepth() throws {
    let (_, map) = try JSONValue.parseWithSourceMap(Data("{a: {b: [1, {c: 2}]}}".utf8))
    #expect(map.file == nil)
    let attributed = map.attributed(to: "base.json")
    for path in ["", "a", "a.b", "a.b.0", "a.b.1", "a.b.1.c"] {
      #expect(attributed.nearest(to: path).file == "base.json", "\(path)")
      #expect(attributed.position(at: path) == map.position(at: path), "\(path)")
    }
  }

  /// A missing field of a merged document is placed in the file that set its nearest ancestor.
  @Test func theNearestMapNamesTheFileThatSetTheDeepestExistingValue() {
    let member = SourceMap(position: SourcePosition(line: 3, column: 3), file: "base.json")
    let map = SourceMap(
      position: SourcePosition(line: 1, column: 1), file: "variant.json", members: ["a": member])
    #expect(map.nearest(to: "a.b.c") == member)
    #expect(map.nearest(to: "x").file == "variant.json")
    #expect(map.nearestPosition(to: "a.b") == SourcePosition(line: 3, column: 3))
  }
}
