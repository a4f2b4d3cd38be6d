<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="44"/>
        <source>About digifelt</source>
        <translation>Om digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="49"/>
        <source>digifelt logo</source>
        <translation>digifelt-logo</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="50"/>
        <source>&lt;b&gt;digifelt&lt;/b&gt; version %1</source>
        <translation>&lt;b&gt;digifelt&lt;/b&gt; versjon %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="54"/>
        <source>Offline evidence capture and reporting for on-site assessments.</source>
        <translation>Innsamling og rapportering av vurderingsgrunnlag ved stedlige kartlegginger, uten nett.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="58"/>
        <source>digifelt is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>digifelt er fri programvare: du kan videreformidle og/eller endre det under vilkårene i GNU General Public License, versjon 3 eller (om du ønsker) enhver senere versjon (%1). Programmet leveres UTEN NOEN FORM FOR GARANTI.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="63"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="79"/>
        <source>License text</source>
        <translation>Lisenstekst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="81"/>
        <source>The license text is missing from this installation. Read it at %1.</source>
        <translation>Lisensteksten mangler i denne installasjonen. Les den på %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="86"/>
        <location filename="../../digifelt/ui/dialogs/about.py" line="93"/>
        <source>Third-party software</source>
        <translation>Programvare fra tredjeparter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="90"/>
        <source>The third-party notices are missing from this installation.</source>
        <translation>Merknadene om programvare fra tredjeparter mangler i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="94"/>
        <source>License</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="97"/>
        <location filename="../../digifelt/ui/dialogs/about.py" line="107"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
</TS>
