/// The type sizes, gaps and stroke widths every chart uses, in viewBox units: every length a
/// chart draws or lays out with that is not measured from its data or its texts.
///
/// Sizes are chosen for reading on paper and phones: the smallest text (ticks) is 12 units,
/// 8 CSS px on a 390 px phone and 9 pt on an A4 page. Lengths are grouped by the part of a chart
/// they shape; a part that is drawn in several kinds (an axis, a legend, a row of bars) keeps
/// the same lengths in each. Colours are `ChartPalette`'s.
package enum ChartStyle {
  /// The margin around the chart.
  package static let padding = 12.0
  /// The chart title, bold.
  package static let titleSize = 16.0
  /// Legend entries, axis titles, labels of rows and markers.
  package static let labelSize = 13.0
  /// Tick labels, value labels and notes.
  package static let tickSize = 12.0
  /// The height of a legend row and the step between title lines.
  package static let lineStep = 19.0
  /// The font stack: system faces first, DejaVu Sans (whose widths the layout assumes) last.
  package static let fontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', "
    + "'DejaVu Sans', sans-serif"
  /// The white outline behind labels drawn over data, so they stay readable.
  package static let halo: [(String, any SVGAttributeValue)] = [
    ("paint-order", "stroke"), ("stroke", "#ffffff"), ("stroke-width", 3.5),
    ("stroke-linejoin", "round"),
  ]

  /// The title and legend above the plot, and the notes below it.
  package enum Header {
    /// The most lines a title wraps to; the rest is cut, the full title kept as a tooltip.
    package static let titleLines = 3
    /// Added to `lineStep` between two title lines.
    package static let titleLineGap = 3.0
    /// Below the title's last line.
    package static let belowTitle = 6.0
    /// Above the first legend row.
    package static let aboveLegend = 2.0
    /// Below the last legend row.
    package static let belowLegend = 4.0
    /// The width of a legend entry's sample.
    package static let swatchWidth = 26.0
    /// Between a sample and its label.
    package static let swatchGap = 6.0
    /// Between two legend entries on a row.
    package static let legendEntryGap = 16.0
    /// Between what is drawn under the plot and the first note.
    package static let aboveNotes = 8.0
    /// Between a note line's box and the next (browsers round boxes outward to whole pixels).
    package static let noteLineGap = 4.0
    /// The most lines one note wraps to.
    package static let noteLines = 3
  }

  /// Axis lines, ticks, tick labels and axis titles.
  package enum Axes {
    /// About one tick per this many units along a horizontal axis, before labels are fitted.
    package static let horizontalTickSpacing = 80.0
    /// About one tick per this many units along a vertical axis.
    package static let verticalTickSpacing = 42.0
    /// The least room between two tick labels side by side.
    package static let labelGapAcross = 10.0
    /// The least room between two tick labels stacked.
    package static let labelGapUp = 4.0
    /// The length of a tick mark.
    package static let tickLength = 4.0
    /// From a value axis line to the top of its tick labels.
    package static let valueLabelGap = 7.0
    /// From the bottom of a plot to the top of the x tick labels: clear of the lowest y tick
    /// label, which is centred on the bottom edge and reaches 7 units below it.
    package static let xLabelGap = 10.0
    /// From the widest y tick label to the plot.
    package static let yLabelGap = 7.0
    /// From the plot's left edge to the end of the y tick labels.
    package static let yLabelOffset = 6.0
    /// From the tick labels to the axis title below them.
    package static let titleGap = 5.0
    /// From a y axis title's baseline, above the plot, to the plot's top.
    package static let yTitleRise = 14.0
    /// The plot's distance below the header when the y axis title sits between them.
    package static let plotTopWithTitle = 30.0
    /// The plot's distance below the header when there is no y axis title.
    package static let plotTopWithoutTitle = 10.0
    /// Axis lines, ticks and gridlines.
    package static let lineWidth = 1.0
    /// The zero line of a value axis across rows.
    package static let zeroWidth = 1.25
    /// How far a label may reach past a value axis's ends before the axis is narrowed.
    package static let overflowTolerance = 0.01
    /// Beyond the rows: the zero line's overhang and the value axis's distance below them.
    package static let rowOverhang = 2.0
  }

  /// The samples in a legend, drawn like the marks they stand for.
  package enum Swatches {
    /// A line sample's stroke.
    package static let lineWidth = 2.5
    /// The marker on a line sample.
    package static let lineMarkerSize = 7.0
    /// An area sample's height.
    package static let areaHeight = 12.0
    /// A marker or whisker sample's marker.
    package static let markerSize = 9.0
    /// Half a reference tick sample's height.
    package static let tickHalfHeight = 7.0
    /// A whisker sample's inset from the sample's ends.
    package static let whiskerInset = 2.0
  }

  /// The point symbols of series.
  package enum Markers {
    /// The ring of an open marker.
    package static let openWidth = 1.75
    /// The white outline of a filled marker.
    package static let outlineWidth = 0.75
    /// The strokes of a cross.
    package static let crossWidth = 2.0
  }

  /// Rows of bars or dots over a value axis, their labels on the left.
  package enum Rows {
    /// The share of the inner width the row labels may take.
    package static let labelShare = 0.4
    /// The share of a dot plot, whose dots need less room than bars and whose many long labels
    /// (calibration targets) would otherwise wrap to three or four lines.
    package static let dotLabelShare = 0.5
    /// Between the boxes of a row label's two lines.
    package static let labelLineGap = 3.0
    /// Around a row label's box: a row is at least this much higher than its label.
    package static let labelPadding = 12.0
    /// Between the row labels and the marks of bar charts.
    package static let barLabelGap = 10.0
    /// Between the row labels and the marks of a dot plot, whose dots and whisker ends reach
    /// left of their value.
    package static let dotLabelGap = 14.0
    /// Kept free right of a dot plot's marks.
    package static let dotRightInset = 6.0
    /// The least distance between two bar rows.
    package static let barStep = 30.0
    /// The least distance between two dot rows.
    package static let dotStep = 28.0
    /// Below the header, above the first bar row.
    package static let barTop = 6.0
    /// Below the header, above the first dot row.
    package static let dotTop = 4.0
    /// The height of the area of a chart with no rows.
    package static let emptyHeight = 40.0
    /// A bar's height.
    package static let barHeight = 18.0
    /// The narrowest a bar is drawn, so a zero still shows.
    package static let minimumBarWidth = 0.5
    /// From a bar's end to its value label.
    package static let valueLabelGap = 4.0
    /// The tornado's base line: its overhang above the rows.
    package static let baseOverhang = 4.0
    /// The tornado's base line.
    package static let baseWidth = 1.5
    /// Below the base line's label, above the first tornado row.
    package static let belowBaseLabel = 6.0
    /// Above the base line's label, below the header.
    package static let aboveBaseLabel = 2.0
    /// Half the height of a whisker's end caps.
    package static let whiskerCap = 5.0
    /// A whisker's stroke.
    package static let whiskerWidth = 1.75
    /// Half the height of a reference stroke.
    package static let referenceHalfHeight = 8.0
    /// A reference stroke's width.
    package static let referenceWidth = 2.5
    /// A dot's size.
    package static let dotSize = 10.0
  }

  /// Lines, bands and labelled marker lines over an x and a y axis.
  package enum Lines {
    /// A series' stroke.
    package static let width = 2.25
    /// The size of a series' markers.
    package static let markerSize = 7.0
    /// The size of a series' markers in a small panel.
    package static let panelMarkerSize = 6.0
    /// A marker line's stroke.
    package static let referenceWidth = 1.5
    /// A marker line's dashes.
    package static let referenceDash = "5 4"
    /// From the plot's edges to the boxes of labels placed in it.
    package static let labelInset = 1.0
    /// From a vertical marker line to its label.
    package static let verticalLabelGap = 5.0
    /// From the plot's edge to a horizontal marker line's label, and from the line to it.
    package static let horizontalLabelGap = 4.0
    /// From the plot's top to the first of a vertical marker line's label rows.
    package static let labelTop = 4.0
    /// Added to the label size between a vertical marker line's label rows.
    package static let labelRowGap = 5.0
  }

  /// The points, highlight and slope lines of a scatter plot.
  package enum Points {
    /// A point's radius.
    package static let radius = 2.6
    /// The highlighted point's size.
    package static let highlightSize = 13.0
    /// Half the width of the room kept free around the highlight for labels.
    package static let highlightHalfWidth = 8.0
    /// Half the height of the room kept free around the highlight.
    package static let highlightHalfHeight = 9.0
    /// The vertical zero line.
    package static let zeroWidth = 1.0
    /// How close to a plot edge a slope line's end counts as on it.
    package static let edgeTolerance = 0.5
    /// From a slope line's end to its label, along the edge it leaves by.
    package static let endLabelGap = 5.0
    /// From the plot's edge to a slope label placed at the end of its line.
    package static let endLabelInset = 4.0
    /// Across a slope line, to a label placed beside it.
    package static let besideLabelGap = 6.0
    /// Along a slope line, to a label placed beside it.
    package static let besideLabelRise = 5.0
  }

  /// The layers of a stacked area chart.
  package enum Areas {
    /// The white line between two layers.
    package static let outlineWidth = 0.75
    /// From the plot's edges to the layer names' boxes.
    package static let labelInset = 2.0
    /// Between a layer name and the plot's sides.
    package static let labelMargin = 3.0
    /// The least room above and below a layer name at its column.
    package static let columnClearance = 4.0
    /// The least room above and below a layer name across its width.
    package static let labelClearance = 2.0
  }

  /// A colour bar beside a heat map.
  package enum ColourBar {
    /// The bar's width.
    package static let width = 14.0
    /// From the bar to its tick labels.
    package static let labelGap = 6.0
    /// The bar's ticks.
    package static let tickLength = 4.0
    /// The overlap of two colour segments, so no seam shows between them.
    package static let segmentOverlap = 0.3
    /// The bar's outline.
    package static let outlineWidth = 0.75
  }

  /// The cells, contour and labels of a heat map over two parameters.
  package enum Cells {
    /// The hairline around a cell, in its own colour, so no seams show between cells.
    package static let hairline = 0.5
    /// The white casing of the contour line.
    package static let contourCasingWidth = 5.0
    /// The contour line.
    package static let contourWidth = 2.25
    /// Between the y axis title and the colour bar's title, when they share a line.
    package static let titleGap = 20.0
    /// Below the axis titles, above the plot.
    package static let belowTitles = 16.0
    /// Between the plot and the colour bar.
    package static let colourBarGap = 14.0
    /// Between the last column's label and the colour bar.
    package static let lastLabelClearance = 4.0
    /// From the plot's bottom to the top of the column labels.
    package static let columnLabelTop = 6.0
    /// The least room between two column labels.
    package static let columnLabelGap = 8.0
    /// The least room between two row labels.
    package static let rowLabelGap = 3.0
  }

  /// The triangle, ticks and corner names of a ternary heat map.
  package enum Ternary {
    /// Between the colour bar's title line and the top corner's name.
    package static let aboveApexLabel = 2.0
    /// Between the top corner's name and the apex.
    package static let belowApexLabel = 6.0
    /// The colour bar height assumed before the triangle is sized.
    package static let firstBarHeight = 280.0
    /// Between the triangle's room and the colour bar.
    package static let colourBarGap = 16.0
    /// Between a side's tick labels and the chart's edge.
    package static let tickLabelGap = 8.0
    /// The shortest side the triangle is drawn with.
    package static let minimumSide = 60.0
    /// The longest side.
    package static let maximumSide = 400.0
    /// The gridlines.
    package static let gridWidth = 0.75
    /// The triangle's outline.
    package static let outlineWidth = 1.25
    /// Across the slanted sides, a tick mark's horizontal length.
    package static let slantedTickWidth = 2.5
    /// Across the slanted sides, a tick mark's vertical length.
    package static let slantedTickHeight = 4.5
    /// The length of a tick mark on the right side.
    package static let sideTickLength = 5.0
    /// From a base tick to its label's top, and from its tick to its label's centre.
    package static let baseLabelGap = 6.0
    /// The horizontal shift of a base tick label toward its slanted tick.
    package static let baseLabelShift = 3.0
    /// The least room between two base tick labels.
    package static let baseLabelSpacing = 6.0
    /// From a right-side tick to its label.
    package static let rightLabelGap = 7.0
    /// From a left-side tick to its label, across and up.
    package static let leftLabelGap = 5.0
    /// Between the base tick labels and the bottom corners' names.
    package static let aboveCornerNames = 4.0
    /// Kept between the bottom corners' names at the middle of the base.
    package static let cornerNameGap = 8.0
    /// The marked point's size.
    package static let markSize = 11.0
    /// From the marked point to its label.
    package static let markLabelGap = 10.0
  }

  /// A grid of small line charts.
  package enum Panels {
    /// The least room between two panels.
    package static let minimumGap = 16.0
    /// Kept between the end labels of two neighbouring panels.
    package static let endLabelGap = 10.0
    /// The plot width of the layout that fixes the shared y ticks.
    package static let probeWidth = 100.0
    /// Above each panel's plot: its title.
    package static let titleRoom = 20.0
    /// From a panel's plot to the top of its x tick labels.
    package static let xLabelGap = 6.0
    /// Between two rows of panels.
    package static let rowGap = 12.0
    /// Of the last row's gap, what the x axis title takes back.
    package static let lastRowTrim = 9.0
    /// From the x tick labels of the last row to the x axis title.
    package static let xTitleGap = 4.0
    /// Above the first row: the y axis title's line.
    package static let yTitleGap = 2.0
  }
}
