using System.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>Writes C# source line by line with four-space indentation and <c>\n</c> line ends, whatever the host.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line block (written at indentation zero) at the current indentation.</summary>
    public IndentedWriter Block(string lines)
    {
        foreach (string line in lines.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            Line(line);
        }
        return this;
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> line; <paramref name="xml"/> is doc XML already (see <see cref="CSharpText.DocText"/>).</summary>
    public IndentedWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close()
    {
        _depth--;
        return Line("}");
    }

    public override string ToString() => _text.ToString();
}
