package io.goalsheet.read;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The JDK's StAX parser, for the parts {@link Utf8XmlReader} leaves to it (UTF-16, other encodings, XML 1.1). */
final class StaxXmlReader implements XmlReader {

    private final XMLStreamReader r;

    StaxXmlReader(InputStream in) throws XMLStreamException {
        this.r = Factory.INSTANCE.createXMLStreamReader(in);
    }

    /** Made on first use: setting it up is a visible part of a run's start-up, and most runs never need it. */
    private static final class Factory {
        static final XMLInputFactory INSTANCE = create();

        private static XMLInputFactory create() {
            // the JDK's own implementation, whatever else is on the class path: its behaviour is the tested one
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_COALESCING, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Utf8XmlReader.MAX_DEPTH);
            return f;
        }

        private static void trySet(XMLInputFactory f, String name, Object value) {
            try {
                f.setProperty(name, value);
            } catch (IllegalArgumentException ignored) {
                // not supported by this implementation: the other settings still hold
            }
        }
    }

    @Override
    public int next() throws XMLStreamException {
        return r.next();
    }

    @Override
    public String getLocalName() {
        return r.getLocalName();
    }

    @Override
    public int getAttributeCount() {
        return r.getAttributeCount();
    }

    @Override
    public String getAttributeLocalName(int index) {
        return r.getAttributeLocalName(index);
    }

    @Override
    public String getAttributeNamespace(int index) {
        return r.getAttributeNamespace(index);
    }

    @Override
    public String getAttributeValue(int index) {
        return r.getAttributeValue(index);
    }

    @Override
    public char[] getTextCharacters() {
        return r.getTextCharacters();
    }

    @Override
    public int getTextStart() {
        return r.getTextStart();
    }

    @Override
    public int getTextLength() {
        return r.getTextLength();
    }

    @Override
    public void close() throws XMLStreamException {
        r.close();
    }
}
