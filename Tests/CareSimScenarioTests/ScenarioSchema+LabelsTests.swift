import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimScenario

/// Readable labels of a scenario's fields by path, for reports.
@Suite struct ScenarioSchemaLabelsTests {
  /// Every number a shipped scenario's parameters hold has a label (what describes a sourced
  /// number, the workshop and the calibration record are no parameters).
  @Test(arguments: ShippedScenarioTests.names)
  func everyParameterOfAShippedScenarioHasALabel(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    let names = scenario.parameters.needLevels.map(\.name)
    let parameters = scenario.allowedRanges.keys.filter { path in
      !path.contains(".distribution.") && !path.hasPrefix("workshop.")
        && !path.hasPrefix("calibration.") && !path.hasPrefix("metadata.")
    }
    #expect(!parameters.isEmpty)
    for path in parameters.sorted() {
      #expect(ScenarioSchema.label(for: path, levelNames: names) != nil, "\(name): \(path)")
    }
  }

  @Test func aPlainFieldReadsAsTheSchemaLabelsIt() {
    let label = ScenarioSchema.label(for: "mechanisms.prevention.relativeRisk")
    #expect(label?.english == "the relative risk of decline")
    #expect(label?.dutch == "het relatieve risico op achteruitgang")
    #expect(
      ScenarioSchema.label(for: "covariates.loneliness.admission")?.english
        == "the hazard ratio of loneliness on admission")
    #expect(
      ScenarioSchema.label(for: "mechanisms.escalation.crisisCost.zvw")?.dutch
        == "de kosten van een crisis voor de Zvw")
  }

  @Test func aPartsNumberReadsAsWhatItsPathNames() {
    let names = ["independent", "frail", "nursingHome", "dead"]
    #expect(
      ScenarioSchema.label(for: "needLevels.2.annualCost.wlz", levelNames: names)?.english
        == "the yearly care cost of level nursingHome to the Wlz")
    #expect(
      ScenarioSchema.label(for: "needLevels.2.utility")?.dutch == "de utiliteit van niveau 2")
    #expect(
      ScenarioSchema.label(for: "transitions.independent.frail")?.english
        == "the chance a month of a move from independent to frail")
    #expect(
      ScenarioSchema.label(for: "population.entrants.initialNeed.frail")?.english
        == "the share of entrants at level frail on arrival")
    #expect(
      ScenarioSchema.label(for: "population.loneliness.livingAlone")?.dutch
        == "eenzaamheid van alleenwonende bewoners")
  }

  /// The Dutch labels and descriptions read as Dutch: a hazard ratio "voor" what it raises,
  /// "vanaf welke" (not "vanaf waar") leeftijd, the Dutch words of health economics (utiliteit,
  /// tijdshorizon, startgetal) and no bare English jargon.
  @Test func dutchLabelsReadAsDutch() {
    let paths = [
      "covariates.loneliness.admission", "covariates.male.death",
      "covariates.agePerYearByLevel.institutional.death", "needLevels.1.utility",
      "population.informalCarer.livingAlone", "population.livedFromAge",
      "costsByAge.zvw.1.fromAge", "covariates.qualityOfLifePerTenthBelow.progression",
    ]
    let texts =
      ScenarioSchema.fields.flatMap { [$0.label.dutch, $0.description.dutch] }
      + paths.compactMap { ScenarioSchema.label(for: $0)?.dutch }
    #expect(texts.count == ScenarioSchema.fields.count * 2 + paths.count)
    for text in texts {
      for wording in [
        "vanaf waar", "hazards", "het nut", "man zijn", "de seed", "de horizon", "breekpunt",
        "elk tiende", "  ",
      ] {
        #expect(!text.contains(wording), "'\(wording)' in \(text)")
      }
      // A hazard ratio is "voor" what it raises, a relative risk "op" it.
      if text.contains("hazardratio") {
        for wording in [" op opname", " op overlijden", " op achteruitgang"] {
          #expect(!text.contains(wording), "'\(wording)' in \(text)")
        }
      }
    }
    #expect(
      ScenarioSchema.label(for: "covariates.male.admission")?.dutch
        == "de hazardratio van mannen voor opname")
    #expect(
      ScenarioSchema.label(for: "population.informalCarer.livingWithOthers")?.dutch
        == "het aandeel samenwonende bewoners met een mantelzorger")
  }

  @Test func aPathTheSchemaDoesNotKnowHasNoLabel() {
    #expect(ScenarioSchema.label(for: "mechanisms.prevention") == nil)
    #expect(ScenarioSchema.label(for: "needLevels.2.name") == nil)
    #expect(ScenarioSchema.label(for: "") == nil)
  }

  /// A page shows the default knobs in this order.
  @Test func theDefaultKnobsAreInThePagesOrder() {
    #expect(
      WorkshopKnobs.defaults.map(\.path) == [
        "mechanisms.signalling.participantMonthlyProbability",
        "mechanisms.prevention.relativeRisk", "mechanisms.escalation.participantRelativeRisk",
        "mechanisms.substitution.share", "mechanisms.efficiency.costMultiplier",
        "intervention.volunteering.monthlyDropoutProbability", "intervention.fixedCostPerYear",
      ])
  }
}
