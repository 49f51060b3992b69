import FrontlineCore

/// Builds the bundled sample from its readable source by the product's own rules: the settings as `init`
/// sets them, then every event of the source planned by the core's `Planner` (its importer, its issue
/// lifecycle, its visits, progress reports, absences and edits, with its access and field rules), as the
/// person and at the minute the event names. A change the product would refuse stops the build, naming the
/// source row.
///
/// The result is a first snapshot: revision 0, every record at revision 0, each kind in id order.
public enum SampleBuilder {
    public static func build(_ source: SampleSource) throws(SampleError) -> Board {
        var replay = SampleReplay(source: source, board: Board())
        try replay.applySettings()
        for event in try source.events(utcOffset: replay.utcOffset) {
            try replay.apply(event)
        }
        return replay.settled()
    }
}
