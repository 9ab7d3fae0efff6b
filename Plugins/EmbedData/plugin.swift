import Foundation
import PackagePlugin

/// Compiles every file under the target's `data/` folder into one Swift source of string literals.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDir = target.directoryURL.appendingPathComponent("data")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dataDir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) language data files",
            executable: try context.tool(named: "dyad-embed").url,
            arguments: [dataDir.path, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
