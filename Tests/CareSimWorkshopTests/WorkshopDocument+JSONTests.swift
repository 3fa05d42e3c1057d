import CareSimCore
import JSON5
import Testing

@testable import CareSimScenario
@testable import CareSimWorkshop

/// The document as the page's script reads it: the members it always has, those it leaves out
/// when the value has none, and numbers that do not exist.
@Suite struct WorkshopDocumentJSONTests {
  static let knob = WorkshopDocument.Knob(
    id: "k", path: "a.b", label: Scenario.Phrase(english: "K", dutch: "Kn"), short: nil,
    unit: nil, format: "percent", levels: [0.25, .nan], base: 0)

  static let document = WorkshopDocument(
    scenario: Scenario.Identity(file: "f", title: "S", hash: "h", study: nil, bases: []),
    seed: 7, replications: 2, years: 1, valuePerQALY: nil,
    split: FunderAmounts(wmo: 1), caresimVersion: nil, knobs: [knob], design: .factorial,
    cells: [
      WorkshopDocument.Cell(
        levels: [0], savings: [.wmo: [1, -.infinity], .zvw: [0, 0], .wlz: [2, 3]], cost: [4, 5],
        qalys: [0.5, 0.25], yearlySavings: [.wmo: [0.5]], yearlyCost: [4.5])
    ],
    exercises: [])

  @Test func everyMemberIsWrittenAsTheScriptReadsIt() throws {
    let json = Self.document.json
    #expect(json.value(at: "format") == .number(1))
    #expect(json.value(at: "seed") == .string("7"))
    #expect(json.value(at: "design") == .string("factorial"))
    #expect(
      json.value(at: "split") == .object(["wmo": .number(1), "zvw": .number(0), "wlz": .number(0)]))
    #expect(json.value(at: "knobs.0.label") == .object(["en": .string("K"), "nl": .string("Kn")]))
    #expect(json.value(at: "cells.0.perReplication.cost") == .array([.number(4), .number(5)]))
    #expect(json.value(at: "exercises") == .array([]))
  }

  /// No version and no knob sentence or unit leave their members out; a value of a QALY that is
  /// not there and a number that is not finite are null; a saver without figures has none.
  @Test func whatTheValueDoesNotHaveIsLeftOutOrNull() throws {
    let json = Self.document.json
    #expect(json.value(at: "caresimVersion") == nil)
    #expect(json.value(at: "knobs.0.short") == nil)
    #expect(json.value(at: "knobs.0.unit") == nil)
    #expect(json.value(at: "valuePerQALY") == .null)
    #expect(json.value(at: "knobs.0.levels") == .array([.number(0.25), .null]))
    #expect(json.value(at: "cells.0.perReplication.savings.wmo") == .array([.number(1), .null]))
    #expect(json.value(at: "cells.0.perReplication.savings.informal") == .array([]))
    #expect(json.value(at: "cells.0.byYear.savings.zvw") == .array([]))
  }
}
