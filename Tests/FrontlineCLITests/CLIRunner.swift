import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport

/// Runs the command line in process, as the given account, with a fixed clock and captured output; `stores` are
/// the kinds of store `--data` may name.
func cli(
    _ arguments: [String], login: String = "admin", uid: Int = 1000, environment: [String: String] = [:],
    clock: Timestamp = TestBoard.now, stores: StoreBackends = .standard
) -> Outcome {
    let console = Console(capturing: true)
    let context = CLIContext(
        environment: ["LANG": "C.UTF-8"].merging(environment) { $1 }, login: login, uid: uid,
        clock: { clock.seconds }, console: console, stdinIsTerminal: false, stores: stores)
    let code = Frontline.main(arguments: arguments, context: context)
    return Outcome(code: code, out: console.outText, err: console.errText, signaled: false)
}
