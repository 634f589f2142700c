import SalesCoachCore
import Testing

@testable import SalesCoachWorkspace

@Suite struct WorkspaceSettingsTests {
    @Test("settings are stored as text under their keys")
    func store() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setSetting(key: "classification.cut", value: "60")
        try workspace.setSetting(key: "columns.取引先名", value: "name")
        try workspace.setSetting(key: "classification.cut", value: "55.5")
        #expect(try workspace.settings() == ["classification.cut": "55.5", "columns.取引先名": "name"])
    }

    @Test("removing a setting reports whether it was there")
    func remove() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setSetting(key: "plan.capacity", value: "8")
        #expect(try workspace.removeSetting(key: "plan.capacity"))
        #expect(try workspace.removeSetting(key: "plan.capacity") == false)
        #expect(try workspace.settings().isEmpty)
    }

    @Test("several settings change as one step")
    func batch() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setSetting(key: "plan.share_c", value: "10")
        #expect(try workspace.updateSettings(["plan.share_a": "40", "plan.share_b": "50", "plan.share_c": nil]))
        #expect(try workspace.settings() == ["plan.share_a": "40", "plan.share_b": "50"])
        #expect(try workspace.updateSettings(["plan.share_a": "40"]) == false)
    }

    @Test("an empty value is a value, not a removal")
    func emptyValue() throws {
        let workspace = try Workspace.inMemory()
        try workspace.setSetting(key: "thresholds.sales", value: "")
        #expect(try workspace.settings() == ["thresholds.sales": ""])
    }

    @Test("the stored settings rebuild the same config")
    func config() throws {
        let workspace = try Workspace.inMemory()
        var config = Config.standard
        try config.set("classification.cut", to: "60")
        try config.set("plan.capacity", to: "12")
        try workspace.updateSettings(config.changedSettings.mapValues { Optional($0) })
        #expect(try Config(settings: workspace.settings()) == config)
    }
}
