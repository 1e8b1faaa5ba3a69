package io.goalsheet.read;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;

/**
 * The part of StAX's XMLStreamReader the reader uses: elements by local name, their attributes,
 * text. Events are {@link javax.xml.stream.XMLStreamConstants}'; text may come in several
 * CHARACTERS events; comments and processing instructions need not be reported. No DTD is ever
 * read (a DOCTYPE is the DTD event).
 */
interface XmlReader {

    /**
     * A reader over a part's bytes: {@link Utf8XmlReader} for UTF-8 XML 1.0 (every part Excel and
     * LibreOffice write), the JDK's StAX parser for any other encoding or version.
     */
    static XmlReader open(InputStream in) throws IOException, XMLStreamException {
        return open(in, Integer.MAX_VALUE);
    }

    /** @param sizeHint about how many bytes {@code in} holds: a small part gets a small buffer */
    static XmlReader open(InputStream in, long sizeHint) throws IOException, XMLStreamException {
        Utf8XmlReader utf8 = new Utf8XmlReader(in, sizeHint);
        return utf8.readProlog() ? utf8 : new StaxXmlReader(utf8.replay());
    }

    /** Moves to the next event and returns it; a part that is not well-formed XML is an XMLStreamException. */
    int next() throws XMLStreamException;

    /** The local name of the current START_ELEMENT or END_ELEMENT. */
    String getLocalName();

    int getAttributeCount();

    String getAttributeLocalName(int index);

    /** The attribute's namespace URI, or null when its name has no prefix. */
    String getAttributeNamespace(int index);

    String getAttributeValue(int index);

    /** The current CHARACTERS event's text: {@link #getTextLength()} chars from {@link #getTextStart()}. */
    char[] getTextCharacters();

    int getTextStart();

    int getTextLength();

    void close() throws XMLStreamException;
}
