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
    let parameters = scenario.allowedRanges.keys.filter { path in
      !path.contains(".distribution.") && !path.hasPrefix("workshop.")
        && !path.hasPrefix("calibration.") && !path.hasPrefix("metadata.")
    }
    #expect(!parameters.isEmpty)
    for path in parameters.sorted() {
      #expect(scenario.parameterLabel(path) != nil, "\(name): \(path)")
    }
  }

  /// The shipped scenarios, the workshop's included.
  static let shipped: [String] =
    ShippedScenarioTests.names
    + ((try? FileManager.default.contentsOfDirectory(
      atPath: RepositoryFiles.root.appendingPathComponent("Scenarios/workshop").path)) ?? [])
    .filter { $0.hasSuffix(".json") }.sorted().map { "workshop/\($0)" }

  /// Every label a shipped scenario's parameters get reads as words in both languages: no key
  /// written in camelCase (`multipleProblems`, `wlzAtHome`) and no level by its number.
  @Test(arguments: shipped)
  func everyLabelOfAShippedScenarioReadsAsWords(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    let camelCase = /[a-z][A-Z]/
    let levelByNumber = /(level|niveau) '?[0-9]|'[0-9]+'/
    for path in scenario.allowedRanges.keys.sorted() {
      guard let label = scenario.parameterLabel(path) else { continue }
      for text in [label.english, label.dutch] {
        #expect(text.firstMatch(of: camelCase) == nil, "\(name): \(path): \(text)")
        #expect(text.firstMatch(of: levelByNumber) == nil, "\(name): \(path): \(text)")
      }
    }
  }

  /// Every level of a shipped scenario says what readers call it, in English and in Dutch.
  @Test(arguments: shipped)
  func everyLevelOfAShippedScenarioHasLabelsInBothLanguages(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    let levels = try #require(scenario.json.value(at: "needLevels")?.arrayValue, "\(name)")
    for (index, level) in levels.enumerated() {
      let fields = level.objectValue ?? [:]
      #expect(fields["label"]?.stringValue != nil, "\(name): needLevels.\(index).label")
      #expect(fields["labelNL"]?.stringValue != nil, "\(name): needLevels.\(index).labelNL")
    }
    #expect(scenario.levelLabels.map(\.name) == scenario.parameters.needLevels.map(\.name))
  }

  /// A level without a label reads as the words of its name, in both languages.
  @Test func aLevelWithoutALabelReadsAsTheWordsOfItsName() {
    #expect(NeedLevel.Label(name: "multipleProblems").english == "multiple problems")
    #expect(NeedLevel.Label(name: "wlzAtHome").dutch == "wlz at home")
    #expect(NeedLevel.Label(name: "nursing_home").english == "nursing home")
    #expect(NeedLevel.Label(name: "ADLHelp").english == "ADL help")
    #expect(NeedLevel.Label(name: "level2Care").english == "level2 care")
    #expect(NeedLevel.Label(name: "dead").english == "dead")
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
    let levels = [
      NeedLevel.Label(name: "independent"), NeedLevel.Label(name: "frail"),
      NeedLevel.Label(name: "nursingHome", english: "nursing home", dutch: "verpleeghuis"),
      NeedLevel.Label(name: "dead"),
    ]
    #expect(
      ScenarioSchema.label(for: "needLevels.2.annualCost.wlz", levels: levels)?.english
        == "the yearly care cost of level 'nursing home' to the Wlz")
    #expect(
      ScenarioSchema.label(for: "needLevels.2.utility", levels: levels)?.dutch
        == "de utiliteit van niveau 'verpleeghuis'")
    #expect(
      ScenarioSchema.label(for: "transitions.independent.nursingHome", levels: levels)?.dutch
        == "de kans per maand op een overgang van 'independent' naar 'verpleeghuis'")
    #expect(
      ScenarioSchema.label(for: "covariates.agePerYearByLevel.nursingHome.death", levels: levels)?
        .english == "the hazard ratio of a year of age on death at level 'nursing home'")
    #expect(
      ScenarioSchema.label(for: "transitions.independent.multipleProblems")?.english
        == "the chance a month of a move from 'independent' to 'multiple problems'")
    #expect(
      ScenarioSchema.label(for: "population.entrants.initialNeed.frail")?.english
        == "the share of entrants at level 'frail' on arrival")
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

  /// A workshop knob the schema does not declare reads as its label, with the level's.
  @Test func aKnobByLevelReadsAsItsLabel() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("neighbourhood.json"))
    let knob = WorkshopKnobs.describe("needLevels.2.utility", levels: scenario.levelLabels)
    #expect(knob.english == "Utility of level 'not self-reliant'")
    #expect(knob.dutch == "De utiliteit van niveau 'niet zelfredzaam'")
    #expect(knob.short.english == "the utility of level 'not self-reliant'")
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

  /// An amount of euros is known as one whether the schema names it as a field or as a part,
  /// with what it is per; a probability or a part without a unit is not.
  @Test func euroAmountsAreKnownAsFieldsAndAsParts() {
    for path in [
      "intervention.fixedCostPerYear", "intervention.costPerParticipantPerYear",
      "needLevels.4.annualCost.wlz",
    ] {
      let amount = Scenario.isEuroAmount(path)
      #expect(amount.isEuros && amount.per?.english == "a year", "\(path)")
    }
    for path in [
      "mechanisms.substitution.share", "transitions.independent.dead", "costsByAge.zvw.0.factor",
    ] {
      #expect(!Scenario.isEuroAmount(path).isEuros, "\(path)")
    }
  }
}
