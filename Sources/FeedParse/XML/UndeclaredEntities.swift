import Foundation
internal import CLibXML2

/// What an entity reference means when the document did not declare it (and, since declarations
/// are ignored, for every entity): an HTML named character (`&eacute;`, which feeds use as if XML
/// had them) reads as that character; any other name stays as written, `&name;`, as feedparser
/// keeps it. Served to libxml2 as "predefined" entity records, which it inlines as text without
/// parsing them; records are made on first use and freed with the table (one per parse).
final class UndeclaredEntities {
    private var records: [String: UnsafeMutablePointer<xmlEntity>] = [:]

    deinit {
        for record in records.values {
            // libxml2 hangs the raw text of a same-named <!ENTITY> declaration on a record that
            // getEntity returned (xmlParseEntityDecl's "orig"); it is ours to free then.
            if let orig = record.pointee.orig { feedwatch_xmlFree(UnsafeMutablePointer(mutating: orig)) }
            free(UnsafeMutableRawPointer(mutating: record.pointee.name))
            free(record.pointee.content)
            record.deallocate()
        }
    }

    /// libxml2 copies only the first byte of a predefined entity into an attribute value, so there
    /// only single-byte characters can be offered; others stay undefined (and are dropped).
    func entity(named name: UnsafePointer<xmlChar>, inAttribute: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        let key = String(cString: name)
        if let record = records[key] { return inAttribute && xmlStrlen(record.pointee.content) > 1 ? nil : record }
        let character = HTMLEntity.character(named: key) ?? "&\(key);"
        let record = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        record.initialize(to: xmlEntity())
        record.pointee.type = XML_ENTITY_DECL
        record.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        record.pointee.name = UnsafePointer(strdup(key).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlChar.self) })
        let content = strdup(character).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlChar.self) }
        record.pointee.content = content
        record.pointee.length = Int32(character.utf8.count)
        records[key] = record
        return inAttribute && character.utf8.count > 1 ? nil : record
    }
}
