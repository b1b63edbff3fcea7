using System.Xml;

namespace Verbatim.Cli.Tei;

/// <summary>
/// A speaker id as an <c>xml:id</c>, which must be an XML name: ids that start with a digit get
/// a leading <c>_</c> (no corpus id starts with one, so two ids never meet).
/// </summary>
internal static class XmlIds
{
    public static string For(string id) => id.Length > 0 && XmlConvert.IsStartNCNameChar(id[0]) ? id : "_" + id;
}
