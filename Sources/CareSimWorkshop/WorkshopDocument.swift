import CareSimCore
import CareSimScenario

/// The data a workshop page embeds (the document ``WorkshopPage`` describes, `format` 1) as typed
/// values: the page's markup reads the fields, and the JSON the script reads is encoded from the
/// same value (``json``), so the two cannot disagree.
///
/// Numbers are kept as the document writes them: `caresim workshop` rounds them to the data
/// files' digits when it builds the document (``WorkshopData/document()``), and a number that
/// does not exist (not finite) is written `null`.
package struct WorkshopDocument: Sendable, Equatable {
  /// A knob: the parameter, its labels, how its levels read, and the levels computed.
  struct Knob: Sendable, Equatable {
    /// Unique; exercises name knobs by it.
    var id: String
    var path: String
    /// The slider's label.
    var label: Scenario.Phrase
    /// The knob inside a sentence ("signalling at 60% instead of 40%").
    var short: Scenario.Phrase?
    /// What a level is per, written after it ("a month").
    var unit: Scenario.Phrase?
    /// How a level reads: `number` (0.85), `percent` (40%) or `euros` (€550).
    var format: String
    /// Ascending.
    var levels: [Double]
    /// The index of the scenario's own value in `levels`.
    var base: Int
  }

  /// A computed combination of levels.
  ///
  /// Amounts are discounted euros; a saving is control minus intervention, so positive means the
  /// payer spends less with the programme.
  struct Cell: Sendable, Equatable {
    /// A level index per knob, in knob order.
    var levels: [Int]
    /// Per replication (replication r is the same random stream in every cell), the saving of
    /// each of ``WorkshopDocument/savers``.
    var savings: [Funder: [Double]]
    /// Per replication, the programme's cost.
    var cost: [Double]
    /// Per replication, the QALYs gained.
    var qalys: [Double]
    /// Per year, the mean saving of each of ``WorkshopDocument/savers`` (not cumulative).
    var yearlySavings: [Funder: [Double]]
    /// Per year, the mean cost of the programme.
    var yearlyCost: [Double]
  }

  /// An exercise with its answer in both languages.
  struct Exercise: Sendable, Equatable {
    var id: String
    var title: Scenario.Phrase
    var question: Scenario.Phrase
    /// The ids of the knobs it moves.
    var knobs: [String]
    var discover: Scenario.Phrase
    var answer: Scenario.Phrase
  }

  /// The funders whose savings a cell holds: the payers and informal care.
  static let savers: [Funder] = Funder.payers + [.informal]

  /// The scenario, whose title in the page's language heads the page.
  var scenario: Scenario.Identity
  var seed: UInt64
  /// Per cell.
  var replications: Int
  /// The length of every year-by-year array.
  var years: Int
  /// The value of a QALY the page starts at, in euros; nil where the document has none.
  var valuePerQALY: Double?
  /// The scenario's own split of the programme's cost over ``Funder/payers``; sums to 1.
  var split: FunderAmounts
  var caresimVersion: String?
  /// 1 to 8.
  var knobs: [Knob]
  var design: WorkshopGrid.Design
  var cells: [Cell]
  var exercises: [Exercise]
  /// How the scenario, run as written, leaves its sources' ground (``ScopeWarning``): the page
  /// says so above its controls, in its language; its script does not read them.
  var warnings: [ScopeWarning] = []
}
