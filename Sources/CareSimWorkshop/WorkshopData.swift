import CareSimCore
import CareSimOutput
import CareSimScenario
import JSON5

/// The data a workshop page embeds: the knobs, every computed cell, the exercises with the answers
/// CareSim computed, and where it all comes from (the document `WorkshopPage` reads).
package struct WorkshopData: Sendable {
  package var scenario: Scenario
  package var grid: WorkshopGrid
  package var seed: UInt64
  package var replications: Int

  package init(scenario: Scenario, grid: WorkshopGrid, seed: UInt64, replications: Int) {
    self.scenario = scenario
    self.grid = grid
    self.seed = seed
    self.replications = replications
  }

  /// The document, in the format WorkshopPage reads (`format` 1).
  package func document() -> JSONValue {
    let payers = ["wmo", "zvw", "wlz", "informal"]
    let funders: [Funder] = [.wmo, .zvw, .wlz, .informal]
    func numbers(_ values: [Double]) -> JSONValue { .array(values.map(DataNumber.json)) }
    let cells: [JSONValue] = grid.cells.map { cell in
      .object([
        "levels": .array(cell.levels.map { .number(Double($0)) }),
        "perReplication": .object([
          "savings": .object(
            Dictionary(
              uniqueKeysWithValues: zip(payers, funders).map { name, funder in
                (name, numbers(cell.savings.map { $0[funder] }))
              })),
          "cost": numbers(cell.cost),
          "qalys": numbers(cell.qalys),
        ]),
        "byYear": .object([
          "savings": .object(
            Dictionary(
              uniqueKeysWithValues: zip(payers, funders).map { name, funder in
                (name, numbers(cell.yearlySavings.map { $0[funder] }))
              })),
          "cost": numbers(cell.yearlyCost),
        ]),
      ])
    }
    let knobs: [JSONValue] = grid.knobs.map { knob in
      let description = WorkshopKnobs.describe(knob.name)
      var fields: [String: JSONValue] = [
        "id": .string(description.id), "path": .string(knob.name),
        "label": .object(["en": .string(description.english), "nl": .string(description.dutch)]),
        "short": .object([
          "en": .string(description.short.english), "nl": .string(description.short.dutch),
        ]),
        "format": .string(description.format),
        "levels": numbers(knob.levels), "base": .number(Double(knob.base)),
      ]
      if let unit = description.unit {
        fields["unit"] = .object(["en": .string(unit.english), "nl": .string(unit.dutch)])
      }
      return .object(fields)
    }
    let provenance = scenario.provenanceJSON
    let split = scenario.parameters.fundingSplit
    return .object([
      "format": .number(1),
      "title": .string(scenario.metadata.title),
      "scenario": provenance["scenario"] ?? .null,
      "seed": .string(String(seed)),
      "replications": .number(Double(replications)),
      "years": .number(Double(grid.cells.first?.yearlyCost.count ?? 0)),
      "valuePerQALY": DataNumber.json(scenario.parameters.valuePerQALY),
      "split": .object([
        "wmo": .number(split[.wmo]), "zvw": .number(split[.zvw]), "wlz": .number(split[.wlz]),
      ]),
      "knobs": .array(knobs),
      "design": .string(grid.design.rawValue),
      "cells": .array(cells),
      "exercises": .array(exercises()),
      "caresimVersion": .string(CareSimVersion.current),
    ])
  }

  /// The exercises of the scenario's workshop section, each with its answer in both languages.
  func exercises() -> [JSONValue] {
    let workshop = scenario.workshop
    let answers = WorkshopAnswers(grid: grid, split: scenario.parameters.fundingSplit)
    return (workshop?.exercises ?? []).map { exercise in
      func both(_ phrase: Scenario.Phrase) -> JSONValue {
        .object(["en": .string(phrase.english), "nl": .string(phrase.dutch)])
      }
      return .object([
        "id": .string(exercise.id), "title": both(exercise.title),
        "question": both(exercise.question),
        "knobs": .array(exercise.knobs.map { .string(WorkshopKnobs.describe($0).id) }),
        "discover": both(exercise.discover),
        "answer": .object([
          "en": .string(answers.answer(exercise.answer, locale: .en)),
          "nl": .string(answers.answer(exercise.answer, locale: .nl)),
        ]),
      ])
    }
  }
}
