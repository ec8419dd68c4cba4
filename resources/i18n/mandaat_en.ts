<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../ui/advice_tab.py" line="68"/>
        <location filename="../../ui/advice_tab.py" line="83"/>
        <source>ten minste (≥)</source>
        <extracomment>The kinds a reading of the advice can be corrected to (every kind the reader knows).</extracomment>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="69"/>
        <location filename="../../ui/advice_tab.py" line="84"/>
        <source>meer dan (&gt;)</source>
        <translation>more than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="70"/>
        <location filename="../../ui/advice_tab.py" line="85"/>
        <source>ongeveer</source>
        <translation>approximately</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="71"/>
        <location filename="../../ui/advice_tab.py" line="86"/>
        <source>van … tot</source>
        <translation>from … to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="72"/>
        <source>zonder getal (oordeel)</source>
        <translation>no figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="75"/>
        <source>nettoprijs niet hoger dan de standaardbehandeling</source>
        <translation>net price not above the standard treatment</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="77"/>
        <source>kostenneutraal</source>
        <translation>cost-neutral</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="78"/>
        <source>kostenbesparend</source>
        <translation>cost-saving</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="79"/>
        <source>prijspariteit</source>
        <translation>price parity</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="89"/>
        <source>&amp;Geneesmiddel (merk)</source>
        <translation>&amp;Medicine (brand)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="90"/>
        <source>&amp;Werkzame stof</source>
        <translation>Active &amp;substance</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="91"/>
        <source>&amp;Indicatie</source>
        <translation>&amp;Indication</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="92"/>
        <source>&amp;Leverancier</source>
        <translation>Su&amp;pplier</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="93"/>
        <source>&amp;Staatscourant</source>
        <translation>Government &amp;Gazette</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="97"/>
        <source>&amp;Vraagprijs per patiënt</source>
        <translation>&amp;Asking price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="98"/>
        <source>&amp;Budgetimpact jaar 3</source>
        <translation>&amp;Budget impact year 3</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="101"/>
        <source>Verwachte &amp;patiënten per jaar</source>
        <translation>E&amp;xpected patients per year</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="106"/>
        <source>&amp;ICER (€ per QALY)</source>
        <translation>&amp;ICER (€ per QALY)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="107"/>
        <source>&amp;Ziektelast (0,10–1,00)</source>
        <translation>&amp;Disease burden (0.10–1.00)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="160"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="236"/>
        <source>Advies Zorginstituut</source>
        <translation>Zorginstituut advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="238"/>
        <source>Mandaat (vertrouwelijk)</source>
        <translation>Mandate (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="241"/>
        <source>Laatste bod (vertrouwelijk)</source>
        <translation>Last bid (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="247"/>
        <source>Mandaat kopiëren</source>
        <translation>Copy mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="254"/>
        <source>Effectieve korting kopiëren</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="264"/>
        <source>Waarschuwing mandaat</source>
        <translation>Mandate warning</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="271"/>
        <source>⚠ Let op: het mandaat is zwakker dan het advies van het Zorginstituut. Een bod kan dan het mandaat halen zonder aan het advies te voldoen.</source>
        <translation>⚠ Note: the mandate is weaker than the Zorginstituut&apos;s advice. A bid can then meet the mandate without meeting the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="298"/>
        <source>Advies van het Zorginstituut (openbaar)</source>
        <translation>Advice of the Zorginstituut (public)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="304"/>
        <source>&amp;Tekst van het advies, zoals geschreven:</source>
        <translation>&amp;Text of the advice, as written:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="309"/>
        <source>Tekst van het advies</source>
        <translation>Text of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="312"/>
        <source>Plak hier de zin uit het advies, bijv. „de vraagprijs moet met ten minste 92% dalen”</source>
        <translation>Paste the sentence from the advice here, e.g. “de vraagprijs moet met ten minste 92% dalen”</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="326"/>
        <source>Gelezen als:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="332"/>
        <source>Gelezen drempel</source>
        <translation>Threshold as read</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="351"/>
        <source>&amp;Datum advies:</source>
        <translation>Advice &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="353"/>
        <source>Datum van het advies</source>
        <translation>Date of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="417"/>
        <source>Mandaat (vertrouwelijk — 5.1.2b)</source>
        <translation>Mandate (confidential — 5.1.2b)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="420"/>
        <source>Mandaat is &amp;gelijk aan het advies</source>
        <translation>Mandate &amp;equals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="423"/>
        <source>Mandaat gelijk aan het advies</source>
        <translation>Mandate equals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="428"/>
        <source>&amp;Prijsverlaging:</source>
        <translation>&amp;Price reduction:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="431"/>
        <source>Soort grens van het mandaat</source>
        <translation>Kind of bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="437"/>
        <source>Mandaat: percentage</source>
        <translation>Mandate: percentage</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="393"/>
        <location filename="../../ui/advice_tab.py" line="439"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="338"/>
        <source>Mogelijke lezingen van het advies</source>
        <translation>Possible readings of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="368"/>
        <source>Lezing &amp;corrigeren</source>
        <translation>&amp;Correct the reading</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="371"/>
        <source>Pas aan hoe de zin is gelezen; de tekst van het advies blijft zoals geschreven</source>
        <translation>Change how the sentence was read; the advice&apos;s text stays as written</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="382"/>
        <source>Soort grens van het advies</source>
        <translation>Kind of bound of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="391"/>
        <source>Advies: ondergrens</source>
        <translation>Advice: lower bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="395"/>
        <source>Advies: bovengrens</source>
        <translation>Advice: upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="397"/>
        <source>fo&amp;rs</source>
        <translation>substantial&amp;ly</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="399"/>
        <source>Advies zegt fors</source>
        <translation>Advice says substantially</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="441"/>
        <source>Mandaat: bovengrens</source>
        <translation>Mandate: upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="465"/>
        <source>Openbare gegevens</source>
        <translation>Public details</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="476"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="480"/>
        <source>&amp;Fase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="482"/>
        <source>In de sluis sinds</source>
        <translation>In the lock procedure since</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="484"/>
        <source>In de sl&amp;uis sinds</source>
        <translation>In the &amp;lock procedure since</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="491"/>
        <source>Kosteneffectiviteit</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="498"/>
        <location filename="../../ui/advice_tab.py" line="501"/>
        <source>Referentiewaarde</source>
        <translation>Reference value</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="111"/>
        <source>Extra &amp;kosten per patiënt (ΔC)</source>
        <extracomment>The cross-check&apos;s inputs (ZIN&apos;s public figures), stored with the dossier.</extracomment>
        <translation>Additional &amp;costs per patient (ΔC)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="114"/>
        <source>Extra &amp;QALY&apos;s per patiënt (ΔQALY)</source>
        <translation>Additional &amp;QALYs per patient (ΔQALY)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="117"/>
        <source>Kosten ge&amp;neesmiddel per patiënt</source>
        <translation>Cost of the medici&amp;ne per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="504"/>
        <source>Controleberekening (openbare cijfers van het Zorginstituut):</source>
        <translation>Cross-check (public figures of the Zorginstituut):</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="520"/>
        <source>Afgeleide prijsverlaging</source>
        <translation>Derived price reduction</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="523"/>
        <source>r = (ΔC − referentiewaarde × ΔQALY) ÷ kosten van het geneesmiddel</source>
        <translation>r = (ΔC − reference value × ΔQALY) ÷ cost of the medicine</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="528"/>
        <source>Afgeleide prijsverlaging r</source>
        <translation>Derived price reduction r</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="614"/>
        <source>± %1 (afgeleid)</source>
        <translation>± %1 (derived)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="643"/>
        <source>Nog geen advies geplakt.</source>
        <translation>No advice pasted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="649"/>
        <source>Op meer dan één manier te lezen — kies de bedoelde lezing. Tot dan wordt niets getoetst aan het advies.</source>
        <translation>Can be read more than one way — choose the intended reading. Until then nothing is checked against the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="660"/>
        <source>Niet gelezen: </source>
        <translation>Not read: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="666"/>
        <source> (gekozen lezing)</source>
        <translation> (chosen reading)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="668"/>
        <source> (met de hand gecorrigeerd)</source>
        <translation> (corrected by hand)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="682"/>
        <source>gelezen uit „%1”</source>
        <translation>read from “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="759"/>
        <source>— (vul de ziektelast in)</source>
        <translation>— (fill in the disease burden)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="768"/>
        <source> per QALY</source>
        <translation> per QALY</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="787"/>
        <source>— vul ΔC, ΔQALY en de ziektelast in</source>
        <translation>— fill in ΔC, ΔQALY and the disease burden</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="793"/>
        <source> — advies: </source>
        <translation> — advice: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="807"/>
        <source>advies van </source>
        <translation>advice of </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="809"/>
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="814"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="816"/>
        <source>eigen mandaat</source>
        <translation>own mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="821"/>
        <source>nog geen bod</source>
        <translation>no bid yet</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="825"/>
        <source>, ronde </source>
        <translation>, round </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="836"/>
        <source> effectieve korting</source>
        <translation> effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="911"/>
        <source>De naam van het geneesmiddel is verplicht</source>
        <translation>The name of the medicine is required</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="928"/>
        <source>Geen geldig getal (bijv. 104.000 of 68,5)</source>
        <translation>Not a valid number (e.g. 104,000 or 68.5)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Er ging iets mis (%1). De kluis op schijf is de laatst opgeslagen stand.</source>
        <extracomment>Languages with a catalogue (Dutch is the source language); the QSettings key.</extracomment>
        <translation>Something went wrong (%1). The vault on disk is the last saved state.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>Details zonder gegevens: %1</source>
        <translation>Details without any data: %1</translation>
    </message>
</context>
<context>
    <name>BidCommands</name>
    <message>
        <location filename="../../ui/bid_commands.py" line="74"/>
        <source>Er staat al een bod met precies deze inhoud in dit dossier</source>
        <extracomment>Called after every do/undo with the dossier id the command touched. Called with a Dutch message when a do/undo fails.</extracomment>
        <translation>This dossier already has a bid with exactly this content</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="84"/>
        <source>Opslaan is mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="101"/>
        <source>Bod toevoegen</source>
        <translation>Add bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="149"/>
        <source>Bod wijzigen</source>
        <translation>Change bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="183"/>
        <source>Bod verwijderen</source>
        <translation>Delete bid</translation>
    </message>
</context>
<context>
    <name>BidEditor</name>
    <message>
        <location filename="../../ui/bid_editor.py" line="112"/>
        <source>Trede {i}: vul een drempel en een extra korting in</source>
        <translation>Tier {i}: fill in a threshold and an extra discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="134"/>
        <source>Drempel (patiënten/jaar)</source>
        <translation>Threshold (patients/year)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="136"/>
        <source>Drempel (€ uitgaven/jaar)</source>
        <translation>Threshold (€ spending/year)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="138"/>
        <source>Extra korting %</source>
        <translation>Extra discount %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="188"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="190"/>
        <source>Bod wijzigen</source>
        <translation>Change bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="248"/>
        <source>Bod</source>
        <translation>Bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="251"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="255"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="259"/>
        <source>Bod van de leverancier</source>
        <translation>Bid from the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="262"/>
        <source>Tegenbod van VWS</source>
        <translation>Counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="265"/>
        <source>&amp;Partij</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="275"/>
        <source>&amp;Looptijd</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="282"/>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="285"/>
        <source>Startdatum bekend</source>
        <translation>Start date known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="288"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="292"/>
        <source>&amp;Startdatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="296"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="300"/>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="306"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="309"/>
        <source>bijv. 68,5</source>
        <translation>e.g. 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="313"/>
        <source>&amp;Korting %</source>
        <translation>Dis&amp;count %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="316"/>
        <source>Vertrouwelijke korting, na een nettoprijs of lijstprijsverlaging</source>
        <translation>Confidential discount, after a net price or list-price cut</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="321"/>
        <source>bijv. 34.000</source>
        <translation>e.g. 34,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="325"/>
        <source>&amp;Nettoprijs per patiënt €</source>
        <translation>&amp;Net price per patient €</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="328"/>
        <source>Vervangt de vraagprijs per patiënt</source>
        <translation>Replaces the asking price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="330"/>
        <source>bijv. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="333"/>
        <source>Publieke &amp;lijstprijsverlaging %</source>
        <translation>Public &amp;list-price cut %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="336"/>
        <source>Openbare verlaging van de lijstprijs; de korting komt daar bovenop</source>
        <translation>Public cut of the list price; the discount comes on top of it</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="347"/>
        <source>Staffel naar</source>
        <translation>Tiers by</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="350"/>
        <source>naar aantal patiënten</source>
        <translation>by number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="353"/>
        <source>naar uitgaven (€)</source>
        <translation>by spending (€)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="356"/>
        <source>Trede &amp;toevoegen</source>
        <translation>&amp;Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="358"/>
        <source>Trede &amp;weg</source>
        <translation>&amp;Remove tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="365"/>
        <source>Staffeltreden</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="372"/>
        <source>&amp;Staffel</source>
        <translation>&amp;Tiered discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="374"/>
        <source>bijv. 20.000.000</source>
        <translation>e.g. 20,000,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="378"/>
        <source>&amp;Uitgavenplafond € per jaar</source>
        <translation>Spending ca&amp;p € per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="381"/>
        <source>De leverancier betaalt de netto-uitgaven boven dit bedrag per jaar terug</source>
        <translation>The supplier pays back the net spending above this amount per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="390"/>
        <source>terugbetaald %</source>
        <translation>paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="394"/>
        <source>Pay-for-performance: terugbetaald deel %</source>
        <translation>Pay-for-performance: share paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="397"/>
        <source>non-respons %</source>
        <translation>non-response %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="401"/>
        <source>Pay-for-performance: non-responders %</source>
        <translation>Pay-for-performance: non-responders %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="408"/>
        <source>&amp;Pay-for-performance</source>
        <translation>Pay-for-&amp;performance</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="411"/>
        <source>Deel van de uitgaven dat wordt terugbetaald voor patiënten zonder respons</source>
        <translation>Share of the spending paid back for patients without a response</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="420"/>
        <source>Voorwaarden en notitie</source>
        <translation>Conditions and note</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="427"/>
        <source>V&amp;oorwaarden</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="436"/>
        <source>Noti&amp;tie (intern)</source>
        <translation>No&amp;te (internal)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="458"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="460"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="470"/>
        <source>Oordeel terwijl u typt</source>
        <translation>Verdict as you type</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="502"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="504"/>
        <location filename="../../ui/bid_editor.py" line="507"/>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="506"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="509"/>
        <source>Effectieve korting</source>
        <translation>Effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="511"/>
        <source>Per scenario</source>
        <translation>Per scenario</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="512"/>
        <source>Marge (mandaat)</source>
        <translation>Margin (mandate)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="513"/>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="514"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="516"/>
        <source>Hoogste nettoprijs p.p.</source>
        <translation>Highest net price p.p.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="519"/>
        <source>Plafond dat voldoet</source>
        <translation>Cap that complies</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="523"/>
        <source>De hoogste nettoprijs per patiënt waarmee het bod aan het mandaat voldoet</source>
        <translation>The highest net price per patient at which the bid meets the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="529"/>
        <source>Het ruimste uitgavenplafond per jaar waarmee het bod, met de andere voorwaarden, aan het mandaat voldoet (verwacht scenario)</source>
        <translation>The highest spending cap per year at which the bid, with its other terms, meets the mandate (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="622"/>
        <source>Geen getal: typ bijvoorbeeld 92 of 68,5</source>
        <translation>Not a number: type for example 92 or 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="700"/>
        <source>geen drempel</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="703"/>
        <source>(gelijk aan het advies)</source>
        <translation>(equal to the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="708"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="728"/>
        <source>lager dan {price}</source>
        <translation>below {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="730"/>
        <source>ten hoogste {price}</source>
        <translation>at most {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="750"/>
        <location filename="../../ui/bid_editor.py" line="755"/>
        <source>niet te berekenen</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="765"/>
        <source>laag {low} · verwacht {exp} · hoog {high}</source>
        <translation>low {low} · expected {exp} · high {high}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="775"/>
        <source>{points} t.o.v. {bound}</source>
        <translation>{points} against {bound}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="783"/>
        <source>{year} per jaar onder {bound}
{total} over {years}</source>
        <translation>{year} a year below {bound}
{total} over {years}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="797"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="798"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="799"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="802"/>
        <source>geen (verwacht)
{year} per jaar onder {bound} (scenario {name})</source>
        <translation>none (expected)
{year} a year below {bound} ({name} scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="813"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="818"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="831"/>
        <source>— (geen volume bekend)</source>
        <translation>— (no volume known)</translation>
    </message>
</context>
<context>
    <name>BidsModel</name>
    <message>
        <location filename="../../ui/bids_model.py" line="66"/>
        <source>Datum</source>
        <extracomment>The verdict code (``meets`` …) of a verdict cell; None elsewhere.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="67"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="70"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="71"/>
        <source>Onderhandelingsronde</source>
        <translation>Negotiation round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="74"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="75"/>
        <source>Bod van de leverancier of tegenbod van VWS</source>
        <translation>Bid from the supplier or counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="78"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="79"/>
        <source>De onderdelen van de financiële regeling</source>
        <translation>The parts of the financial arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="82"/>
        <source>Effectief
(verwacht)</source>
        <translation>Effective
(expected)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="83"/>
        <source>Effectieve korting op de vraagprijs over de looptijd, verwacht aantal patiënten</source>
        <translation>Effective discount on the asking price over the duration, expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="89"/>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="90"/>
        <source>Effectieve korting bij 0,75 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 0.75 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="95"/>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="96"/>
        <source>Effectieve korting bij 1,25 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 1.25 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="101"/>
        <source>Oordeel
mandaat</source>
        <translation>Verdict
mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="102"/>
        <source>Het bod tegen het mandaat (standaard: het advies)</source>
        <translation>The bid against the mandate (default: the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="105"/>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="106"/>
        <source>Effectieve korting min de ondergrens van het mandaat</source>
        <translation>Effective discount minus the lower bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="109"/>
        <source>Tekort
per jaar</source>
        <translation>Shortfall
per year</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="110"/>
        <source>Wat de leverancier per jaar nog moet geven om te voldoen</source>
        <translation>What the supplier still has to give per year to comply</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="113"/>
        <source>Oordeel
advies</source>
        <translation>Verdict
advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="114"/>
        <source>Het bod tegen het advies van het Zorginstituut</source>
        <translation>The bid against the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="117"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="118"/>
        <source>Laatste dag van de regeling (start + looptijd)</source>
        <translation>Last day of the arrangement (start + duration)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="288"/>
        <location filename="../../ui/bids_model.py" line="302"/>
        <source>niet te berekenen</source>
        <extracomment>Text and background per verdict code: readable on light and dark rows, never alone.</extracomment>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="350"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="359"/>
        <source>Geen startdatum: de einddatum is niet bekend</source>
        <translation>No start date: the end date is not known</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="369"/>
        <source>Looptijd: {years}</source>
        <translation>Duration: {years}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="375"/>
        <source>patiënten</source>
        <translation>patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="380"/>
        <source>Trede {i}: boven {basis} extra {pct}</source>
        <translation>Tier {i}: above {basis} an extra {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="386"/>
        <source>Voorwaarden: {text}</source>
        <translation>Conditions: {text}</translation>
    </message>
</context>
<context>
    <name>BidsTab</name>
    <message>
        <location filename="../../ui/bids_tab.py" line="102"/>
        <source>&amp;Nieuw bod…</source>
        <extracomment>Today&apos;s date for a new bid; tests replace it.</extracomment>
        <translation>&amp;New bid…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="103"/>
        <source>Nieuw bod (Ctrl+B)</source>
        <translation>New bid (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="104"/>
        <source>&amp;Bewerk…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="106"/>
        <source>Bewerk het gekozen bod (Enter of dubbelklik)</source>
        <translation>Edit the selected bid (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="108"/>
        <source>&amp;Verwijder</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="110"/>
        <source>Verwijder het gekozen bod (Del); ongedaan maken kan altijd</source>
        <translation>Delete the selected bid (Del); you can always undo</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="115"/>
        <source>&amp;Kopieer effectieve korting</source>
        <translation>&amp;Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="118"/>
        <source>Kopieer de effectieve korting van het gekozen bod (Ctrl+Shift+C); het klembord wordt na 10 seconden gewist</source>
        <translation>Copy the effective discount of the selected bid (Ctrl+Shift+C); the clipboard is cleared after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="127"/>
        <source>Filter biedingen…</source>
        <translation>Filter bids…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="130"/>
        <source>Filter biedingen</source>
        <translation>Filter bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="144"/>
        <source>Biedingen</source>
        <translation>Bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="178"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="184"/>
        <source>Verwijder bod</source>
        <translation>Delete bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="191"/>
        <source>Kopieer effectieve korting</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="256"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="264"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="267"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="272"/>
        <source>Advies: {advice} · Mandaat: {mandate} · Vraagprijs: {price}</source>
        <translation>Advice: {advice} · Mandate: {mandate} · Asking price: {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="278"/>
        <source>Let op: het mandaat is zwakker dan het advies van het Zorginstituut</source>
        <translation>Note: the mandate is weaker than the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="304"/>
        <source>{shown} van {bids}</source>
        <translation>{shown} of {bids}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="373"/>
        <source>Bod toegevoegd</source>
        <translation>Bid added</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="380"/>
        <source>Bod gewijzigd</source>
        <translation>Bid changed</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="390"/>
        <source>Bod verwijderd; ongedaan maken met Ctrl+Z</source>
        <translation>Bid deleted; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="401"/>
        <source>Geen effectieve korting om te kopiëren</source>
        <translation>No effective discount to copy</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="406"/>
        <source>Effectieve korting gekopieerd</source>
        <translation>Effective discount copied</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../ui/chart_tab.py" line="71"/>
        <source>Verloop van de effectieve korting</source>
        <translation>Effective discount over time</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="81"/>
        <source>Tijdlijn van het dossier</source>
        <translation>Timeline of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="86"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="134"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="152"/>
        <source>{drug}: effectieve korting per bod (verwacht scenario)</source>
        <translation>{drug}: effective discount per bid (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="165"/>
        <source>Bod leverancier</source>
        <translation>Supplier bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="171"/>
        <source>Tegenbod VWS</source>
        <translation>VWS counter-offer</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="177"/>
        <source>Verloop</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="194"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="200"/>
        <source>Effectieve korting op de vraagprijs</source>
        <translation>Effective discount on the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="249"/>
        <source>Nog geen biedingen in dit dossier</source>
        <translation>No bids in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="255"/>
        <source>Het advies heeft geen getal: er is geen drempellijn te tekenen</source>
        <translation>The advice has no number: there is no threshold line to draw</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="277"/>
        <source>ondergrens</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="286"/>
        <source>bovengrens</source>
        <translation>upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="296"/>
        <source>Advies = mandaat</source>
        <translation>Advice = mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="298"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="302"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="316"/>
        <source>Bandbreedte advies</source>
        <translation>Advice range</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="336"/>
        <source>(nog {days})</source>
        <translation>({days} to go)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="45"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="52"/>
        <source>bijv. 1-10-2025</source>
        <translation>e.g. 1-10-2025</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="104"/>
        <source>Vul een datum in, bijv. 1-10-2025</source>
        <translation>Enter a date, e.g. 1-10-2025</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="111"/>
        <source>Die dag bestaat niet</source>
        <translation>That day does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="112"/>
        <source>Geen datum: typ bijv. 1-10-2025 of 1 okt 2025</source>
        <translation>Not a date: type e.g. 1-10-2025 or 1 Oct 2025 (day first)</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="47"/>
        <source>Geneesmiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="48"/>
        <source>Indicatie</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="49"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="50"/>
        <source>Laatste bod</source>
        <translation>Last bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="51"/>
        <source>Einde over</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="55"/>
        <source>Indiening</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="56"/>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="57"/>
        <source>Onderhandeling</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="58"/>
        <source>Akkoord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="59"/>
        <source>Sluis gecontinueerd</source>
        <translation>Lock continued</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="60"/>
        <source>Herbeoordeling</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Geen akkoord</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="62"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="67"/>
        <source>✓ voldoet</source>
        <extracomment>Verdict code → the words shown (a sign plus text: never colour alone).</extracomment>
        <translation>✓ meets</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="68"/>
        <source>✗ voldoet niet</source>
        <translation>✗ does not meet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="69"/>
        <source>≈ hangt af</source>
        <translation>≈ depends</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="70"/>
        <source>? oordeel nodig</source>
        <translation>? judgement needed</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="89"/>
        <source>geen bod</source>
        <extracomment>Verdict code → a soft background; the text stays dark for contrast. Extra roles: the value to sort on, and the Dossier behind the row.</extracomment>
        <translation>no bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="184"/>
        <source>— geen berekening</source>
        <translation>— no calculation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="189"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="206"/>
        <source>Nog geen bod in dit dossier</source>
        <translation>No bid in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="208"/>
        <source>Laatste bod (%1, ronde %2) tegen het mandaat</source>
        <translation>Last bid (%1, round %2) against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="216"/>
        <source>Het arrangement van het laatste bod loopt tot %1</source>
        <translation>The arrangement of the last bid runs until %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="221"/>
        <source>Geen bod</source>
        <translation>No bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="222"/>
        <source>Het laatste bod heeft geen startdatum</source>
        <translation>The last bid has no start date</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Nota aan de minister — contactgegevens gelakt</source>
        <translation>Memo to the minister — contact details redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Intern — niets gelakt</source>
        <translation>Internal — nothing redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Openbaar (Woo) — alle niet-openbare gegevens gelakt</source>
        <translation>Public (Woo) — all non-public data redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>Word-document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="90"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Word-documenten (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Wat wordt gelakt</source>
        <translation>What is redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="127"/>
        <source>Grond</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="128"/>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="160"/>
        <source>alle %1</source>
        <translation>all %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="259"/>
        <source>Exporteren — Mandaat</source>
        <translation>Export — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="274"/>
        <source>Exporteren met lekcontrole</source>
        <translation>Export with leak check</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="281"/>
        <source>Gelakte gegevens komen nooit in het bestand: ze worden vervangen door een vak met de weigeringsgrond. Daarna zoekt de lekcontrole elke gelakte waarde in elk bestand; pas als er niets gevonden is, wordt weggeschreven.</source>
        <translation>Redacted data never enter the file: they are replaced by a box with the ground for refusal. The leak check then searches every file for every redacted value; only when nothing is found is anything written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="292"/>
        <source>Wat exporteren</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="298"/>
        <source>&amp;Nota over het geselecteerde dossier</source>
        <translation>&amp;Memo on the selected dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="301"/>
        <source>&amp;Woo-pakket: per dossier een gelakte samenvatting (PDF) en de inventarislijst</source>
        <translation>&amp;Woo package: a redacted summary (PDF) per dossier and the inventory list</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>geen dossier geselecteerd — kies er een in de lijst</source>
        <translation>no dossier selected — choose one in the list</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="320"/>
        <source>Dossier van de nota</source>
        <translation>Dossier of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="322"/>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="327"/>
        <source>Publiek van de nota</source>
        <translation>Audience of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="329"/>
        <source>&amp;Publiek:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="334"/>
        <source>Bestandsformaat van de nota</source>
        <translation>File format of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="336"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="339"/>
        <source>optioneel, bijvoorbeeld 4123456-1078901-GMT</source>
        <translation>optional, for example 4123456-1078901-GMT</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="344"/>
        <source>Kenmerk van de nota</source>
        <translation>Reference of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="346"/>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="356"/>
        <source>Dossiers in het Woo-pakket</source>
        <translation>Dossiers in the Woo package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="368"/>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="369"/>
        <source>&amp;Geen</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="383"/>
        <source>Voorbeeld: wat wordt gelakt</source>
        <translation>Preview: what is redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="393"/>
        <source>Wat wordt gelakt en op welke grond</source>
        <translation>What is redacted and on which ground</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="416"/>
        <source>Resultaat van de lekcontrole</source>
        <translation>Result of the leak check</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="429"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="435"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="502"/>
        <source>Intern: niets wordt gelakt. Paragraaf 5 van de nota noemt wel wat bij openbaarmaking gelakt zou worden.</source>
        <translation>Internal: nothing is redacted. Section 5 of the memo does list what would be redacted on publication.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="507"/>
        <source>Nota aan de minister: alleen e-mailadressen en telefoonnummers worden gelakt. Paragraaf 5 noemt wat bij openbaarmaking gelakt zou worden.</source>
        <translation>Memo to the minister: only e-mail addresses and phone numbers are redacted. Section 5 lists what would be redacted on publication.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="512"/>
        <source>Openbaar: elk niet-openbaar gegeven wordt vervangen door een vak met de weigeringsgrond.</source>
        <translation>Public: every non-public item is replaced by a box with the ground for refusal.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="522"/>
        <source>%1 in het pakket. Beweeg over een regel voor het artikel en de motivering.</source>
        <translation>%1 in the package. Hover over a line for the article and the motivation.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="528"/>
        <source>Kies ten minste één dossier.</source>
        <translation>Choose at least one dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="531"/>
        <source>Selecteer eerst een dossier in de lijst van het hoofdvenster.</source>
        <translation>First select a dossier in the main window&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="537"/>
        <source>In dit document wordt niets gelakt.</source>
        <translation>Nothing is redacted in this document.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="543"/>
        <source>Voorbeeld: wat wordt gelakt (%1)</source>
        <translation>Preview: what is redacted (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="581"/>
        <source>Nota %1 %2 %3</source>
        <translation>Memo %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="587"/>
        <source>Woo-pakket %1</source>
        <translation>Woo package %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="596"/>
        <source>Nota opslaan als</source>
        <translation>Save memo as</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="600"/>
        <source>Map voor het Woo-pakket</source>
        <translation>Folder for the Woo package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="618"/>
        <source>Opmaken en lekcontrole…</source>
        <translation>Rendering and leak check…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="619"/>
        <source>Lekcontrole geslaagd — bestanden plaatsen…</source>
        <translation>Leak check passed — placing the files…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="679"/>
        <source>✗ De vermelding in het logboek kon niet worden opgeslagen (%1); er is niets weggeschreven.</source>
        <translation>✗ The entry in the audit log could not be saved (%1); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="693"/>
        <source>✓ Lekcontrole geslaagd: geen enkele gelakte waarde gevonden in %1 bestand(en).</source>
        <translation>✓ Leak check passed: no redacted value found in %1 file(s).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="697"/>
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="707"/>
        <source>Export geannuleerd: er is niets weggeschreven.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="716"/>
        <source>✗ De lekcontrole heeft de export tegengehouden: de waarde van ‘%1’ stond in %2 (%3); %4 treffer(s). Er is niets weggeschreven.</source>
        <translation>✗ The leak check stopped the export: the value of ‘%1’ was in %2 (%3); %4 hit(s). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="731"/>
        <source>✗ Schrijven mislukt: %1. Er is niets weggeschreven.</source>
        <translation>✗ Writing failed: %1. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <location filename="../../ui/words.py" line="639"/>
        <source>Lekcontrole: {file} bevat de waarde van &apos;{field}&apos; ({where}); niets weggeschreven</source>
        <extracomment>The export&apos;s refusals (:mod:`mandaat.export.messages`), listed for lupdate; the window shows them in its language (``tests/test_ui_words.py`` checks none is missing).</extracomment>
        <translation>Leak check: {file} holds the value of &apos;{field}&apos; ({where}); nothing written</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="643"/>
        <source>Lekcontrole: {count} treffer(s) in {outdir}</source>
        <translation>Leak check: {count} hit(s) in {outdir}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="644"/>
        <source>{path}: kies een bestandsnaam die eindigt op .docx of .pdf</source>
        <translation>{path}: choose a file name ending in .docx or .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="648"/>
        <source>{path}: de map bestaat al en is niet leeg; kies een nieuwe map</source>
        <translation>{path}: the folder already exists and is not empty; choose a new folder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="652"/>
        <source>&apos;{name}&apos; past op meer dan één dossier (id {ids}); geef het dossier-id op</source>
        <translation>&apos;{name}&apos; matches more than one dossier (id {ids}); give the dossier id</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="656"/>
        <source>Classificatie: {detail}</source>
        <translation>Classification: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="657"/>
        <source>Geen dossiers om te exporteren</source>
        <translation>No dossiers to export</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="658"/>
        <source>{path}: geen map en geen exportbestand</source>
        <translation>{path}: not a folder and not an export file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="659"/>
        <source>{path}: de map bevat geen bestanden; er valt niets te controleren</source>
        <translation>{path}: the folder holds no files; there is nothing to check</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../ui/words.py" line="496"/>
        <source>geen geldig bedrag of getal (bijvoorbeeld 104.000,50)</source>
        <extracomment>The import&apos;s Dutch problem and whole-file messages (:mod:`mandaat.importing.messages`), listed for lupdate; the window shows them in its language. Checked complete by ``tests/test_ui_words.py``.</extracomment>
        <translation>not a valid amount or number (for example 104.000,50)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="497"/>
        <source>bedrag mag niet negatief zijn</source>
        <translation>an amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="498"/>
        <source>getal te groot (zestien cijfers of meer voor de komma)</source>
        <translation>number too large (sixteen digits or more before the decimal point)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="499"/>
        <source>geen geldig percentage (bijvoorbeeld 68,5%)</source>
        <translation>not a valid percentage (for example 68,5%)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="500"/>
        <source>onduidelijk percentage: een getal tussen 0 en 1 kan een fractie of een percentage zijn; schrijf het percentage met een %-teken (bijvoorbeeld 68,5%)</source>
        <translation>unclear percentage: a number between 0 and 1 can be a fraction or a percentage; write the percentage with a % sign (for example 68,5%)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="504"/>
        <source>korting moet tussen 0 en 100% liggen</source>
        <translation>a discount must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="505"/>
        <source>geen geldig geheel getal</source>
        <translation>not a valid whole number</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="506"/>
        <source>getal moet minstens {minimum} zijn</source>
        <translation>the number must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="507"/>
        <source>geen geldige looptijd in jaren</source>
        <translation>not a valid duration in years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="508"/>
        <source>looptijd moet groter dan 0 jaar zijn</source>
        <translation>the duration must be more than 0 years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="509"/>
        <source>geen geldige datum (schrijf dag-maand-jaar, bijvoorbeeld 1-4-2026)</source>
        <translation>not a valid date (write day-month-year, for example 1-4-2026)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="513"/>
        <source>deze datum bestaat niet</source>
        <translation>this date does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="514"/>
        <source>partij moet &apos;leverancier&apos; of &apos;VWS&apos; zijn</source>
        <translation>the party must be &apos;leverancier&apos; or &apos;VWS&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="515"/>
        <source>de tekst bevat een onzichtbaar stuurteken of een teken dat de schrijfrichting omkeert ({char}); verwijder het</source>
        <translation>the text holds an invisible control character or a character that reverses the writing direction ({char}); remove it</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="519"/>
        <source>formule zonder berekende waarde; open het bestand in Excel, sla het op en importeer opnieuw</source>
        <translation>a formula without a computed value; open the file in Excel, save it and import again</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="523"/>
        <source>de cel bevat een Excel-foutwaarde</source>
        <translation>the cell holds an Excel error value</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="524"/>
        <source>geneesmiddel ontbreekt</source>
        <translation>the medicine is missing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="525"/>
        <source>datum van het bod ontbreekt</source>
        <translation>the date of the bid is missing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="526"/>
        <source>bod zonder voorwaarden: vul korting, nettoprijs of uitgavenplafond in</source>
        <translation>a bid without terms: fill in a discount, net price or spending cap</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="530"/>
        <source>kolom &apos;{header}&apos; ontbreekt; het blad is overgeslagen</source>
        <translation>column &apos;{header}&apos; is missing; the sheet was skipped</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="531"/>
        <source>onbekend geneesmiddel: geen dossier in de kluis of in dit bestand</source>
        <translation>unknown medicine: no dossier in the vault or in this file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="535"/>
        <source>geen dossier van {drug} voor deze indicatie (bekende indicaties: {known})</source>
        <translation>no dossier of {drug} for this indication (known indications: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="539"/>
        <source>{drug} heeft meerdere dossiers ({known}); vul de indicatie in zoals in het dossier</source>
        <translation>{drug} has several dossiers ({known}); fill in the indication as in the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="543"/>
        <source>dossier bestaat al met andere gegevens (in de kluis: {stored}); een import overschrijft niets — wijzig het dossier in Mandaat</source>
        <translation>the dossier already exists with other details (in the vault: {stored}); an import overwrites nothing — change the dossier in Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="547"/>
        <source>blad {other_sheet}, rij {other_row} geeft voor hetzelfde dossier een andere waarde ({stored})</source>
        <translation>sheet {other_sheet}, row {other_row} gives another value for the same dossier ({stored})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="551"/>
        <source>vereiste prijsverlaging niet herkend: {reason}</source>
        <translation>required price reduction not recognised: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="552"/>
        <source>nettoprijs ligt boven de vraagprijs van het dossier (€ {asking})</source>
        <translation>the net price is above the dossier&apos;s asking price (€ {asking})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="556"/>
        <source>looptijd moet een geheel aantal jaren zijn (bijvoorbeeld 3)</source>
        <translation>the duration must be a whole number of years (for example 3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="560"/>
        <source>datum ligt meer dan een jaar in de toekomst (tikfout?)</source>
        <translation>the date is more than a year in the future (a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="561"/>
        <source>het bestand bestaat niet</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="562"/>
        <source>het bestand kan niet worden gelezen</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="563"/>
        <source>het bestand is te groot (meer dan {limit_mb} MB)</source>
        <translation>the file is too big (more than {limit_mb} MB)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="564"/>
        <source>dit is geen Excel-werkmap (.xlsx of .xlsm)</source>
        <translation>this is not an Excel workbook (.xlsx or .xlsm)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="565"/>
        <source>het bestand is onvolledig of beschadigd (afgebroken download?)</source>
        <translation>the file is incomplete or damaged (an interrupted download?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="569"/>
        <source>het bestand is beschadigd en kan niet worden gelezen</source>
        <translation>the file is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="570"/>
        <source>dit bestandsformaat ({format}) wordt niet ondersteund; sla het in Excel op als .xlsx</source>
        <translation>this file format ({format}) is not supported; save it in Excel as .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="574"/>
        <source>de werkmap is met een wachtwoord beveiligd; geef het wachtwoord op</source>
        <translation>the workbook is protected with a password; give the password</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="578"/>
        <source>het wachtwoord is onjuist</source>
        <translation>the password is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="579"/>
        <source>het bestand bevat te veel onderdelen ({count}); geweigerd</source>
        <translation>the file holds too many parts ({count}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="583"/>
        <source>het bestand pakt uit tot te veel gegevens; geweigerd</source>
        <translation>the file unpacks to too much data; refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="584"/>
        <source>het bestand is verdacht sterk gecomprimeerd (zipbom?); geweigerd</source>
        <translation>the file is suspiciously highly compressed (a zip bomb?); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="588"/>
        <source>het bestand bevat onveilige XML (DOCTYPE/entiteiten); geweigerd</source>
        <translation>the file holds unsafe XML (DOCTYPE/entities); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="592"/>
        <source>blad {sheet} heeft meer dan {limit} rijen</source>
        <translation>sheet {sheet} has more than {limit} rows</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="593"/>
        <source>het bestand is beschadigd: onderdeel {entry} heeft geen geldige naam; geweigerd</source>
        <translation>the file is damaged: part {entry} has no valid name; refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="597"/>
        <source>het werkboek is geweigerd: het vraagt meer geheugen dan toegestaan</source>
        <translation>the workbook was refused: it needs more memory than allowed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="601"/>
        <source>het werkboek is geweigerd: het lezen duurt langer dan toegestaan</source>
        <translation>the workbook was refused: reading it takes longer than allowed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="605"/>
        <source>het werkboek kon niet worden gelezen</source>
        <translation>the workbook could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="606"/>
        <source>geen blad met herkenbare kolomkoppen gevonden (verwacht de koppen van het sjabloon, bijvoorbeeld Geneesmiddel, Datum, Korting (%))</source>
        <translation>no sheet with recognisable column headers found (expected the template&apos;s headers, for example Geneesmiddel, Datum, Korting (%))</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/problems_model.py" line="58"/>
        <location filename="../../ui/problems_model.py" line="154"/>
        <source>Blad</source>
        <extracomment>The (sheet, row) of a table row: to find the same row in the other table.</extracomment>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="59"/>
        <location filename="../../ui/problems_model.py" line="155"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="60"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="61"/>
        <source>Kop</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="62"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="63"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="70"/>
        <source>%1, rij %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="77"/>
        <source>, kolom %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="156"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="157"/>
        <source>Geneesmiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="158"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="159"/>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="163"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="164"/>
        <source>aangevuld</source>
        <translation>supplemented</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="165"/>
        <source>al aanwezig</source>
        <translation>already present</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="166"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="196"/>
        <source>ronde %1</source>
        <extracomment>the plan&apos;s item for the row: its details are worked out when first shown (a 100,000-row workbook would otherwise keep the window busy for seconds)</extracomment>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="199"/>
        <source>VWS</source>
        <translation>VWS</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="201"/>
        <source>leverancier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="205"/>
        <source>korting %1</source>
        <translation>discount %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="211"/>
        <source>nettoprijs %1</source>
        <translation>net price %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="217"/>
        <source>plafond %1 per jaar</source>
        <translation>cap %1 per year</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="230"/>
        <source>vraagprijs %1</source>
        <translation>asking price %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="335"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="337"/>
        <source>bod</source>
        <translation>bid</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="347"/>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="349"/>
        <source>kolommen %1</source>
        <translation>columns %1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="355"/>
        <source>1 probleem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="357"/>
        <source>%1 problemen</source>
        <translation>%1 problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)</source>
        <extracomment>How often a wrong password may be tried before the wizard gives up on the file.</extracomment>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="97"/>
        <source>Beveiligde werkmap</source>
        <extracomment>``ask(parent, file name, wrong)`` → the password, or None when the user cancels.</extracomment>
        <translation>Protected workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>De werkmap %1 is met een wachtwoord beveiligd.</source>
        <translation>The workbook %1 is protected with a password.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>Het wachtwoord is onjuist.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>Wachtwoord (wordt niet bewaard):</source>
        <translation>Password (not kept):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="110"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="201"/>
        <source>Importeren uit Excel — Mandaat</source>
        <translation>Import from Excel — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>Dossiers en biedingen importeren uit een Excel-werkmap</source>
        <translation>Import dossiers and bids from an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Alles of niets: bij één probleem wordt niets opgeslagen. Een bestaand dossier wordt alleen aangevuld, nooit overschreven; een bod dat er al is wordt overgeslagen.</source>
        <translation>All or nothing: with a single problem nothing is stored. An existing dossier is only completed, never overwritten; a bid that is already there is skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="237"/>
        <source>&amp;Werkmap:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source>nog geen werkmap gekozen</source>
        <translation>no workbook chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>Gekozen werkmap</source>
        <translation>Chosen workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="248"/>
        <source>&amp;Kies werkmap…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Kies een Excel-werkmap om te importeren</source>
        <translation>Choose an Excel workbook to import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>&amp;Opnieuw controleren</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>Lees dezelfde werkmap opnieuw, bijvoorbeeld nadat u hem in Excel verbeterde</source>
        <translation>Read the same workbook again, for example after correcting it in Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="274"/>
        <source>Samenvatting van de controle</source>
        <translation>Summary of the check</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="281"/>
        <location filename="../../ui/import_wizard.py" line="292"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="286"/>
        <source>Rijen in de werkmap</source>
        <translation>Rows in the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="295"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="313"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="317"/>
        <source>Importeer alle rijen</source>
        <translation>Import all rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="321"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>Kies een Excel-werkmap (.xlsx) met de bladen Dossiers en/of Biedingen, bijvoorbeeld het sjabloon van ‘mandaat template’.</source>
        <translation>Choose an Excel workbook (.xlsx) with the sheets Dossiers and/or Biedingen, for example the template from ‘mandaat template’.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="388"/>
        <source>Werkmap kiezen om te importeren</source>
        <translation>Choose a workbook to import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="414"/>
        <source>Bezig met lezen van %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="420"/>
        <location filename="../../ui/import_wizard.py" line="430"/>
        <source>Werkmap lezen…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>Rijen controleren…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="441"/>
        <source>Bezig met opslaan in de kluis…</source>
        <translation>Storing in the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>Opslaan…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="469"/>
        <source>Import geannuleerd: er is niets opgeslagen.</source>
        <translation>Import cancelled: nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>Controle geannuleerd; er is niets opgeslagen.</source>
        <translation>Check cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="492"/>
        <source>Import geweigerd: de werkmap heeft problemen; er is niets opgeslagen.</source>
        <translation>Import refused: the workbook has problems; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>De import staat in de kluis, maar opslaan op schijf mislukte: %1. </source>
        <translation>The import is in the vault, but saving to disk failed: %1. </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="504"/>
        <source>Mandaat probeert bij de volgende wijziging opnieuw op te slaan.</source>
        <translation>Mandaat will try to save again with the next change.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="530"/>
        <source>%1: beveiligd met een wachtwoord; niet gelezen.</source>
        <translation>%1: protected with a password; not read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="548"/>
        <source>Problemen (%1) — gemarkeerd in het voorbeeld</source>
        <translation>Problems (%1) — marked in the preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="554"/>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="565"/>
        <source>%1: 1 probleem</source>
        <translation>%1: 1 problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>%1: %2 problemen</source>
        <translation>%1: %2 problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="572"/>
        <source>de import wordt geweigerd zolang er problemen zijn; er is niets opgeslagen. Verbeter de werkmap en kies Opnieuw controleren.</source>
        <translation>the import is refused as long as there are problems; nothing was stored. Correct the workbook and choose Check again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="584"/>
        <source>✓ %1: geen problemen, maar niets nieuws — alles is al aanwezig.</source>
        <translation>✓ %1: no problems, but nothing new — everything is already there.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="594"/>
        <source>✓ %1: geen problemen. Kies Importeren om alles op te slaan.</source>
        <translation>✓ %1: no problems. Choose Import to store everything.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="606"/>
        <source>%1 geweigerd</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="613"/>
        <source>Dossiers: %1 nieuw, %2 aangevuld, %3 al aanwezig · biedingen: %4 nieuw, %5 al aanwezig</source>
        <translation>Dossiers: %1 new, %2 completed, %3 already there · bids: %4 new, %5 already there</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="631"/>
        <source>✓ Niets nieuws in %1; er is niets opgeslagen.</source>
        <translation>✓ Nothing new in %1; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="637"/>
        <source>✓ Geïmporteerd uit %1: dossiers %2 nieuw, %3 aangevuld; biedingen %4 nieuw; %5 al aanwezig.</source>
        <translation>✓ Imported from %1: dossiers %2 new, %3 completed; bids %4 new; %5 already there.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="648"/>
        <source>Het logboek vermeldt de import. Een import kan niet ongedaan worden gemaakt.</source>
        <translation>The audit log records the import. An import cannot be undone.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../ui/log_tab.py" line="47"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="48"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="49"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="50"/>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="51"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="113"/>
        <source>Controle van het logboek</source>
        <translation>Check of the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="122"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="145"/>
        <source>✓ Logboek intact: %1, de keten van controlegetallen klopt.</source>
        <translation>✓ Log intact: %1, the chain of check values holds.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="152"/>
        <source>✗ Het logboek is NIET intact vanaf regel %1.</source>
        <translation>✗ The audit log is NOT intact from entry %1 on.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Mandaat — DEMO (fictieve biedingen)</source>
        <translation>Mandaat — DEMO (fictitious bids)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="99"/>
        <source>DEMO — de dossiers gebruiken openbare cijfers; alle biedingen, mandaten en personen zijn FICTIEF. De demo-kluis wordt bij afsluiten gewist.</source>
        <translation>DEMO — the dossiers use public figures; all bids, mandates and people are FICTITIOUS. The demo vault is erased on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="108"/>
        <source>Demo: fictieve gegevens</source>
        <translation>Demo: fictitious data</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="121"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="136"/>
        <source>&amp;Advies &amp;&amp; mandaat</source>
        <translation>&amp;Advice &amp;&amp; mandate</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="142"/>
        <source>De biedingen volgen in een volgende versie.</source>
        <translation>Bids follow in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="146"/>
        <source>&amp;Biedingen</source>
        <translation>&amp;Bids</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="152"/>
        <source>Het verloop volgt in een volgende versie.</source>
        <translation>The progress chart follows in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="156"/>
        <source>&amp;Verloop</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="159"/>
        <source>&amp;Nota</source>
        <translation>&amp;Memo</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="161"/>
        <source>&amp;Logboek</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="178"/>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="181"/>
        <source>merk, stof, indicatie of leverancier</source>
        <translation>brand, substance, indication or supplier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="183"/>
        <source>Zoek een dossier</source>
        <translation>Search for a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="190"/>
        <source>&amp;Fase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="193"/>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="195"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="208"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="298"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Instellingen — Mandaat</source>
        <extracomment>Ask a question: (title, text, buttons as (label, role) pairs) → index of the choice. (code, name): each language is named in itself.</extracomment>
        <translation>Settings — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Automatisch vergrendelen na minuten zonder gebruik</source>
        <translation>Lock automatically after minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Vergrendel automatisch na</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Wordt van kracht bij de volgende start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Taal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Instellingen bevatten nooit een wachtwoord of een vertrouwelijk gegeven.</source>
        <translation>Settings never contain a passphrase or any confidential data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Status van de kluis</source>
        <translation>Vault status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Waarschuwing over de kluis</source>
        <translation>Warning about the vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source> FICTIEF </source>
        <translation> FICTITIOUS </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Fictieve demo-gegevens</source>
        <translation>Fictitious demo data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Verwijder dossier…</source>
        <translation>&amp;Delete dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Dossiers en biedingen uit Excel (Ctrl+I)</source>
        <translation>Dossiers and bids from Excel (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Nota of Woo-pakket, met lekcontrole (Ctrl+E)</source>
        <translation>Memo or Woo package, with leak check (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Ver&amp;grendel</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Vergrendel de kluis (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Over Mandaat</source>
        <translation>&amp;About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>⚠ Niet opgeslagen</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>✓ Alles opgeslagen</source>
        <translation>✓ All saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Let op: de laatste wijziging kon niet worden opgeslagen. </source>
        <translation>Note: the last change could not be saved. </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612"/>
        <source>Dossier %1 verwijderen, met %2?

</source>
        <translation>Delete dossier %1, with %2?

</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z zolang de kluis open is.</source>
        <translation>You can undo this with Ctrl+Z while the vault is open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>De wijziging staat wel in het geheugen. Mandaat probeert bij de volgende wijziging en bij afsluiten opnieuw op te slaan.</source>
        <translation>The change is kept in memory. Mandaat tries to save again with the next change and on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>De nieuwe taal wordt gebruikt vanaf de volgende start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Over Mandaat</source>
        <translation>About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Vertrouwelijke prijsonderhandelingen over sluisgeneesmiddelen, versleuteld op deze computer.&lt;br&gt;&lt;br&gt;Ministerie van VWS — Buro Financiële Arrangementen Geneesmiddelen</source>
        <translation>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Confidential price negotiations on medicines in the lock procedure, encrypted on this computer.&lt;br&gt;&lt;br&gt;Ministry of Health, Welfare and Sport (VWS) — Buro Financiële Arrangementen Geneesmiddelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="755"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Wat wilt u doen?</source>
        <translation>The last changes could not be saved. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="762"/>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>Wijzigingen verwerpen</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>NotaTab</name>
    <message>
        <location filename="../../ui/nota_tab.py" line="62"/>
        <source>a. Draagvlak politiek, maatschappelijk en eenduidige communicatie</source>
        <translation>a. Political and public support, and consistent communication</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="66"/>
        <source>b. Arbeidsmarkteffecten zorg- en welzijnsveld</source>
        <translation>b. Labour-market effects in health care and welfare</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="67"/>
        <source>c. Gevolgen administratieve lasten</source>
        <translation>c. Effects on administrative burden</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="70"/>
        <source>d. Financiële en personele gevolgen VWS en uitvoeringsorganisaties</source>
        <translation>d. Financial and staffing effects for VWS and implementing bodies</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="74"/>
        <source>e. Juridische aspecten haalbaarheid</source>
        <translation>e. Legal aspects and feasibility</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="75"/>
        <source>f. Afstemming</source>
        <translation>f. Coordination</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="76"/>
        <source>g. Toezeggingen</source>
        <translation>g. Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="77"/>
        <source>h. Fraudetoets</source>
        <translation>h. Fraud check</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="137"/>
        <source>Kop van de nota</source>
        <translation>Memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="141"/>
        <source>Volgens de fase</source>
        <translation>By phase</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="143"/>
        <source>TER BESLISSING</source>
        <translation>FOR DECISION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="146"/>
        <source>TER INFORMATIE</source>
        <translation>FOR INFORMATION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="148"/>
        <source>Soort nota</source>
        <translation>Kind of memo</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="149"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="151"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="153"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="158"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="156"/>
        <source>standaard: 12 dagen na de datum</source>
        <translation>default: 12 days after the date</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="159"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="161"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="164"/>
        <source>&amp;Kenmerk</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="166"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="168"/>
        <source>&amp;Bijlage(n)</source>
        <translation>&amp;Attachment(s)</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="170"/>
        <source>Opgesteld door</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="172"/>
        <source>standaard: de VWS-betrokkenen van het dossier</source>
        <translation>default: the dossier&apos;s VWS officials</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="175"/>
        <source>Namen gescheiden door een puntkomma; in een Woo-publicatie weggelakt (5.1.2e)</source>
        <translation>Names separated by a semicolon; redacted in a Woo release (5.1.2e)</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="181"/>
        <source>&amp;Opgesteld door</source>
        <translation>Drafted &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="183"/>
        <source>De kopgegevens staan in de kluis; een leeg veld krijgt bij de export de standaardwaarde.</source>
        <translation>The header is stored in the vault; an empty field gets the default value on export.</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="196"/>
        <source>Melding bij de kop van de nota</source>
        <translation>Message about the memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="392"/>
        <source>De kop is niet opgeslagen: %1</source>
        <translation>The header was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="208"/>
        <source>4. Toelichting</source>
        <translation>4. Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="231"/>
        <source>Voorbeeld van de nota</source>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="79"/>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="80"/>
        <source>Het gegeven van het dossier of van een bod</source>
        <translation>The item of the dossier or of a bid</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="83"/>
        <source>Klasse</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="84"/>
        <source>De vertrouwelijkheidsklasse van het gegeven</source>
        <translation>The confidentiality class of the item</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="87"/>
        <source>Standaardgrond</source>
        <translation>Default ground</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="88"/>
        <source>De Woo-grond die bij deze klasse hoort</source>
        <translation>The Woo ground that goes with this class</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="91"/>
        <location filename="../../ui/woo_grounds.py" line="438"/>
        <source>Grond in dit dossier</source>
        <translation>Ground in this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="92"/>
        <source>Een andere grond voor dit dossier; leeg: de standaardgrond</source>
        <translation>Another ground for this dossier; empty: the default ground</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="95"/>
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="96"/>
        <source>De belangenafweging; de Woo vraagt die bij elke grond uit 5.1.2</source>
        <translation>The weighing of interests; the Woo asks for one with every ground of 5.1.2</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="103"/>
        <location filename="../../ui/woo_grounds.py" line="183"/>
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="104"/>
        <source>bedrijfsvertrouwelijk</source>
        <translation>business confidential</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="105"/>
        <source>financieel belang van de Staat</source>
        <translation>financial interest of the State</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="106"/>
        <source>persoonsgegeven</source>
        <translation>personal data</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="107"/>
        <source>interne beleidsopvatting</source>
        <translation>internal policy opinion</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="111"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="112"/>
        <source>Verwacht aantal patiënten</source>
        <translation>Expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="113"/>
        <source>Groei per jaar</source>
        <translation>Growth per year</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="114"/>
        <source>Betrokkenen: naam</source>
        <translation>People involved: name</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="115"/>
        <source>Betrokkenen: functie</source>
        <translation>People involved: position</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="116"/>
        <source>Betrokkenen: e-mailadres</source>
        <translation>People involved: e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="117"/>
        <source>Betrokkenen: telefoonnummer</source>
        <translation>People involved: phone number</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="118"/>
        <source>Bod: datum</source>
        <translation>Bid: date</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="119"/>
        <source>Bod: ronde</source>
        <translation>Bid: round</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="120"/>
        <source>Bod: partij</source>
        <translation>Bid: party</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="121"/>
        <source>Bod: regeling</source>
        <translation>Bid: arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="122"/>
        <source>Bod: looptijd</source>
        <translation>Bid: duration</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="123"/>
        <source>Bod: ingangsdatum</source>
        <translation>Bid: start date</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="124"/>
        <source>Bod: einddatum</source>
        <translation>Bid: end date</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="125"/>
        <source>Bod: voorwaarden</source>
        <translation>Bid: conditions</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="126"/>
        <source>Bod: interne aantekening</source>
        <translation>Bid: internal note</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="127"/>
        <source>Bod: contactpersoon</source>
        <translation>Bid: contact person</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="128"/>
        <source>Regeling: korting</source>
        <translation>Arrangement: discount</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="129"/>
        <source>Regeling: nettoprijs per patiënt</source>
        <translation>Arrangement: net price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="132"/>
        <source>Regeling: lijstprijsverlaging</source>
        <translation>Arrangement: list price cut</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="133"/>
        <source>Regeling: staffel</source>
        <translation>Arrangement: tiers</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="134"/>
        <source>Regeling: uitgavenplafond</source>
        <translation>Arrangement: spending cap</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="135"/>
        <source>Regeling: pay-for-performance, terugbetaling</source>
        <translation>Arrangement: pay-for-performance, refund</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="138"/>
        <source>Regeling: pay-for-performance, non-respons</source>
        <translation>Arrangement: pay-for-performance, non-response</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="141"/>
        <source>Toetsing: effectieve korting</source>
        <translation>Assessment: effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="142"/>
        <source>Toetsing: scenario&apos;s</source>
        <translation>Assessment: scenarios</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="143"/>
        <source>Toetsing: oordeel advies</source>
        <translation>Assessment: verdict against the advice</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="144"/>
        <source>Toetsing: oordeel mandaat</source>
        <translation>Assessment: verdict against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="145"/>
        <source>Toetsing: marge tot het mandaat</source>
        <translation>Assessment: margin to the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="146"/>
        <source>Toetsing: tekort per jaar</source>
        <translation>Assessment: shortfall per year</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="147"/>
        <source>Toetsing: tekort over de looptijd</source>
        <translation>Assessment: shortfall over the term</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="156"/>
        <source>Nota: toelichting %1</source>
        <translation>Memo: explanation %1</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="170"/>
        <source>%1 (tegenbod VWS: %2)</source>
        <translation>%1 (VWS counter-offer: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="179"/>
        <location filename="../../ui/woo_grounds.py" line="300"/>
        <location filename="../../ui/woo_grounds.py" line="439"/>
        <source>(standaard)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="188"/>
        <location filename="../../ui/woo_grounds.py" line="301"/>
        <location filename="../../ui/woo_grounds.py" line="440"/>
        <source>openbaar — geen grond</source>
        <translation>public — no ground</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="315"/>
        <source>Openbaar: het gegeven staat leesbaar in een Woo-publicatie</source>
        <translation>Public: the item is readable in a Woo release</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="320"/>
        <source>De standaardmotivering; kies eerst een grond voor dit dossier</source>
        <translation>The default motivation; first choose a ground for this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="323"/>
        <source>De standaardmotivering van de grond</source>
        <translation>The default motivation of the ground</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="480"/>
        <source>Weigeringsgronden (Woo)</source>
        <translation>Grounds for withholding (Woo)</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="484"/>
        <source>Per gegeven de grond waarop een Woo-publicatie van dit dossier het weglakt. Kies een andere grond of &apos;openbaar&apos; voor dit dossier, met een motivering; elke export van het dossier gebruikt die. 5.1.5 gaat niet samen met een andere grond.</source>
        <translation>Per item, the ground on which a Woo release of this dossier redacts it. Choose another ground or &apos;public&apos; for this dossier, with a motivation; every export of the dossier uses it. 5.1.5 is never combined with another ground.</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="496"/>
        <source>Weigeringsgronden per gegeven</source>
        <translation>Grounds for withholding per item</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="524"/>
        <source>&amp;Standaardgrond herstellen</source>
        <translation>Re&amp;store default ground</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="527"/>
        <source>De gekozen rij krijgt weer de grond van haar klasse</source>
        <translation>The selected row gets the ground of its class again</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="539"/>
        <source>Melding bij de weigeringsgronden</source>
        <translation>Message about the grounds for withholding</translation>
    </message>
    <message>
        <location filename="../../ui/nota_commands.py" line="75"/>
        <source>Kop van de nota wijzigen</source>
        <extracomment>Called after every do/undo with the dossier id the command touched. Called with the message when a do/undo fails.</extracomment>
        <translation>Change memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_commands.py" line="126"/>
        <source>Weigeringsgrond wijzigen</source>
        <translation>Change refusal ground</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="85"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="87"/>
        <location filename="../../ui/progress.py" line="106"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="89"/>
        <source>Annuleer het lopende werk</source>
        <translation>Cancel the running work</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="133"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="111"/>
        <source>Dossier wijzigen</source>
        <translation>Change dossier</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="148"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../ui/unlock.py" line="55"/>
        <source>Mandaat-kluis (*.mandaat)</source>
        <extracomment>codes of an open refused because this computer saw a newer state of the vault</extracomment>
        <translation>Mandaat vault (*.mandaat)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="105"/>
        <source>⚠ TESTKLUIS: sleutelafleiding onder RFC 9106</source>
        <translation>⚠ TEST VAULT: key derivation below RFC 9106</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="108"/>
        <source>ALLEEN LEZEN (oudere stand)</source>
        <translation>READ-ONLY (older state)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116"/>
        <source>Kies een wachtwoord: een zin van vier of meer woorden werkt goed.</source>
        <translation>Choose a passphrase: a sentence of four or more words works well.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="120"/>
        <source>Zwak: te kort. Kies een zin van vier of meer woorden.</source>
        <translation>Weak: too short. Choose a sentence of four or more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Redelijk: maak het langer, bijvoorbeeld met nog een paar woorden.</source>
        <translation>Fair: make it longer, for example with a few more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="128"/>
        <source>Goed. Nog langer is nog beter.</source>
        <translation>Good. Longer is even better.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="154"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="213"/>
        <source>Mandaat</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221"/>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <location filename="../../ui/unlock.py" line="370"/>
        <location filename="../../ui/unlock.py" line="604"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <location filename="../../ui/unlock.py" line="371"/>
        <location filename="../../ui/unlock.py" line="602"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="236"/>
        <source>Gebruik de &amp;herstelsleutel</source>
        <translation>Use the &amp;recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="239"/>
        <source>Gebruik de herstelsleutel</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="245"/>
        <source>Met deze &amp;computer</source>
        <translation>With this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="248"/>
        <source>Ontgrendel met de sleutelbos van deze computer</source>
        <translation>Unlock with this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="251"/>
        <source>Ontgrendel met de sleutel in de sleutelbos van het systeem</source>
        <translation>Unlock with the key in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258"/>
        <source>&amp;Ontgrendel</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="260"/>
        <source>Ontgrendel</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="266"/>
        <source>Demo &amp;ontgrendelen</source>
        <translation>&amp;Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="268"/>
        <source>Demo ontgrendelen</source>
        <translation>Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="273"/>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="283"/>
        <location filename="../../ui/unlock.py" line="318"/>
        <source>&amp;Andere kluis openen…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Andere kluis openen</source>
        <translation>Open another vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="290"/>
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="294"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>&amp;Bestaande kluis openen…</source>
        <translation>&amp;Open an existing vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>Mandaat — demo</source>
        <translation>Mandaat — demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="327"/>
        <source>De demo-kluis is vergrendeld. Alle biedingen erin zijn FICTIEF.</source>
        <translation>The demo vault is locked. All bids in it are FICTITIOUS.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="332"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334"/>
        <location filename="../../ui/unlock.py" line="858"/>
        <source>Kluis: </source>
        <translation>Vault: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="339"/>
        <source>Welkom bij Mandaat</source>
        <translation>Welcome to Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="341"/>
        <source>Mandaat bewaart dossiers en biedingen versleuteld in één kluisbestand op deze computer. Maak een nieuwe kluis, of open een bestaande.</source>
        <translation>Mandaat keeps dossiers and bids encrypted in a single vault file on this computer. Create a new vault, or open an existing one.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="365"/>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="366"/>
        <location filename="../../ui/unlock.py" line="796"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="390"/>
        <location filename="../../ui/unlock.py" line="463"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="402"/>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="404"/>
        <source>Vul het wachtwoord in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="470"/>
        <source>Dit kan een teruggezette reservekopie zijn, of iemand heeft een oudere kluis teruggezet. Alleen lezen wijzigt niets; aanvaarden maakt deze stand de nieuwste op deze computer.</source>
        <translation>This may be a restored backup, or someone put back an older vault. Read-only changes nothing; accepting makes this state the newest on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="478"/>
        <source>Alleen lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="482"/>
        <source>Aanvaarden (bewust teruggezet)</source>
        <translation>Accept (deliberately restored)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="486"/>
        <location filename="../../ui/unlock.py" line="509"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>Een kluis van deze computer kost minder dan een seconde. Alleen doorgaan als u deze kluis vertrouwt.</source>
        <translation>A vault made on this computer takes less than a second. Only go on if you trust this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="555"/>
        <source>Nieuwe kluis — Mandaat</source>
        <translation>New vault — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="568"/>
        <source>De kluis is één versleuteld bestand. Zonder wachtwoord of herstelsleutel kan niemand hem openen — ook de beheerder niet.</source>
        <translation>The vault is a single encrypted file. Without the passphrase or the recovery key nobody can open it — not even the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="581"/>
        <source>Bestand van de kluis</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="584"/>
        <source>Kies waar de kluis komt</source>
        <translation>Choose where the vault goes</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="588"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="591"/>
        <source>Bladeren naar een plek voor de kluis</source>
        <translation>Browse for a place for the vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="596"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="610"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="615"/>
        <source>Advies over het wachtwoord</source>
        <translation>Passphrase advice</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="624"/>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="626"/>
        <source>&amp;Herhaal</source>
        <translation>R&amp;epeat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="629"/>
        <source>&amp;Onthoud op deze computer</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="631"/>
        <source>Onthoud op deze computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="639"/>
        <source>De sleutel komt in de beveiligde sleutelbos van het systeem</source>
        <translation>The key goes into the system&apos;s secure keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="646"/>
        <source>Niet beschikbaar: </source>
        <translation>Not available: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="653"/>
        <source>Bezig met aanmaken</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="661"/>
        <source>Kluis &amp;aanmaken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="662"/>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="672"/>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="766"/>
        <source>Herstelsleutel — Mandaat</source>
        <translation>Recovery key — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="773"/>
        <source>Bewaar deze herstelsleutel</source>
        <translation>Keep this recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="780"/>
        <source>Met de herstelsleutel opent u de kluis als u het wachtwoord kwijt bent. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk hem af of schrijf hem over, en bewaar hem op een veilige plek — niet bij de laptop.</source>
        <translation>The recovery key opens the vault if you lose the passphrase. It is shown &lt;b&gt;only once&lt;/b&gt;. Print it or copy it out by hand, and keep it in a safe place — not with the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="802"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="804"/>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="810"/>
        <source>Afdrukken is hier niet beschikbaar</source>
        <translation>Printing is not available here</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="812"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="814"/>
        <source>Herstelsleutel kopiëren</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="817"/>
        <source>Het klembord wordt na 10 seconden weer leeggemaakt</source>
        <translation>The clipboard is cleared again after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="827"/>
        <source>Ik heb de herstelsleutel &amp;veilig bewaard</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="830"/>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="835"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="856"/>
        <source>Mandaat — herstelsleutel</source>
        <translation>Mandaat — recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="862"/>
        <source>Bewaar dit papier op een veilige plek, niet bij de laptop.</source>
        <translation>Keep this paper in a safe place, not with the laptop.</translation>
    </message>
</context>
<context>
    <name>Woo</name>
    <message>
        <location filename="../../ui/words.py" line="419"/>
        <source>bankrekeningnummers</source>
        <extracomment>Words in the window&apos;s language: each call translates through the installed translator and formats through the current ``QLocale``, so one instance serves both languages. The export&apos;s Dutch names of the kinds of information a redaction hides (:data:`mandaat.export.messages.FIELD_LABELS`), shown in the window in its language; the documents keep the Dutch. ``tests/test_ui_words.py`` checks that none is missing.</extracomment>
        <translation>bank account numbers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="420"/>
        <source>contactpersonen</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="421"/>
        <source>data van de biedingen</source>
        <translation>dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>de bijlagen van de nota</source>
        <translation>the attachments of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>de deadline van de nota</source>
        <translation>the deadline of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="424"/>
        <source>de partij die een bod deed</source>
        <translation>the party that made a bid</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="425"/>
        <source>de soort nota</source>
        <translation>the kind of memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="426"/>
        <source>de titel van de nota</source>
        <translation>the title of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>de toetsing van biedingen aan het advies</source>
        <translation>the check of bids against the advice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="428"/>
        <source>de toetsing van biedingen aan het mandaat</source>
        <translation>the check of bids against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="429"/>
        <source>de verwachte groei in de doorrekening</source>
        <translation>the expected growth in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="430"/>
        <source>de voorwaarden van de biedingen</source>
        <translation>the terms of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>e-mailadressen</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="432"/>
        <source>effectieve kortingen van de biedingen</source>
        <translation>effective discounts of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="433"/>
        <source>einddata van de biedingen</source>
        <translation>end dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="434"/>
        <source>functies van ambtenaren en medewerkers van de leverancier</source>
        <translation>positions of civil servants and the supplier&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>het financiële verschil tussen bod en mandaat</source>
        <translation>the financial difference between bid and mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>het kenmerk van de nota</source>
        <translation>the reference of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>het onderhandelingsmandaat</source>
        <translation>the negotiating mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="438"/>
        <source>het verschil tussen bod en mandaat</source>
        <translation>the difference between bid and mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="439"/>
        <source>het verwachte aantal patiënten in de doorrekening</source>
        <translation>the expected number of patients in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="440"/>
        <source>ingangsdata van de biedingen</source>
        <translation>start dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>interne aantekeningen bij de biedingen</source>
        <translation>internal notes on the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="442"/>
        <source>interne scenarioberekeningen</source>
        <translation>internal scenario calculations</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="443"/>
        <source>kortingspercentages</source>
        <translation>discount percentages</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="444"/>
        <source>lijstprijsverlagingen</source>
        <translation>list price cuts</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>looptijden van de biedingen</source>
        <translation>terms (durations) of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="446"/>
        <source>namen en contactgegevens van betrokkenen</source>
        <translation>names and contact details of the people involved</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="447"/>
        <source>namen van ambtenaren en medewerkers van de leverancier</source>
        <translation>names of civil servants and the supplier&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="448"/>
        <source>namen van de opstellers van de nota</source>
        <translation>names of the memo&apos;s authors</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>namen van personen</source>
        <translation>names of persons</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="450"/>
        <source>nettoprijzen</source>
        <translation>net prices</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="451"/>
        <source>onderhandelingsrondes</source>
        <translation>negotiation rounds</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="452"/>
        <source>pay-for-performance-voorwaarden</source>
        <translation>pay-for-performance terms</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>staffelkortingen</source>
        <translation>tiered discounts</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="454"/>
        <source>telefoonnummers</source>
        <translation>telephone numbers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="455"/>
        <source>toelichting a van de nota</source>
        <translation>explanation a of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="456"/>
        <source>toelichting b van de nota</source>
        <translation>explanation b of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>toelichting c van de nota</source>
        <translation>explanation c of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="458"/>
        <source>toelichting d van de nota</source>
        <translation>explanation d of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="459"/>
        <source>toelichting e van de nota</source>
        <translation>explanation e of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="460"/>
        <source>toelichting f van de nota</source>
        <translation>explanation f of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>toelichting g van de nota</source>
        <translation>explanation g of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="462"/>
        <source>toelichting h van de nota</source>
        <translation>explanation h of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="463"/>
        <source>uitgavenplafonds</source>
        <translation>spending caps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="464"/>
        <source>voorwaarden bij de biedingen</source>
        <translation>conditions attached to the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>vertrouwelijk verstrekte bedrijfs- en fabricagegegevens</source>
        <extracomment>The Woo&apos;s grounds by code (:data:`mandaat.export.messages.GROUND_NAMES`), likewise.</extracomment>
        <translation>business and manufacturing data provided in confidence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="470"/>
        <source>economische of financiële belangen van de Staat</source>
        <translation>economic or financial interests of the State</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="471"/>
        <source>persoonlijke levenssfeer</source>
        <translation>personal privacy</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="472"/>
        <source>concurrentiegevoelige bedrijfs- en fabricagegegevens</source>
        <translation>competition-sensitive business and manufacturing data</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>goed functioneren van de Staat</source>
        <translation>proper functioning of the State</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="474"/>
        <source>onevenredige benadeling</source>
        <translation>disproportionate harm</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="475"/>
        <source>persoonlijke beleidsopvattingen in intern beraad</source>
        <translation>personal policy views in internal deliberation</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>voldoet</source>
        <extracomment>The Dutch template of every key (the command line&apos;s own lines excepted).</extracomment>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>voldoet niet</source>
        <translation>does not meet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>hangt af</source>
        <translation>depends</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>oordeel nodig</source>
        <translation>judgement needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>de effectieve korting ligt tussen de onder- en bovengrens van de bandbreedte</source>
        <translation>the effective discount lies between the lower and upper bound of the range</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>de effectieve korting ligt net onder het richtgetal, binnen de marge</source>
        <translation>the effective discount is just below the target, within the margin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>het oordeel verschilt per volumescenario (laag, verwacht, hoog)</source>
        <translation>the verdict differs per volume scenario (low, expected, high)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>het getal wordt gehaald, maar het advies vraagt om fors meer: beoordeel of de marge groot genoeg is</source>
        <translation>the figure is reached, but the advice asks for substantially more: judge whether the margin is large enough</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>de drempel heeft geen getal: een oordeel is nodig</source>
        <translation>the threshold has no figure: a judgement is needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>de drempel vergelijkt met een andere behandeling: een oordeel is nodig</source>
        <translation>the threshold compares with another treatment: a judgement is needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>leverancier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>VWS (tegenbod)</source>
        <translation>VWS (counter-offer)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>prijsverlaging van ten minste {pct}</source>
        <translation>price reduction of at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>forse prijsverlaging van ten minste {pct}</source>
        <translation>substantial price reduction of at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>prijsverlaging van meer dan {pct}</source>
        <translation>price reduction of more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>prijsverlaging van fors meer dan {pct}</source>
        <translation>price reduction of substantially more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>price reduction of approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>forse prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>substantial price reduction of approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>prijsverlaging van {low} tot {high}</source>
        <translation>price reduction of {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>forse prijsverlaging van {low} tot {high}</source>
        <translation>substantial price reduction of {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>prijsverlaging zonder getal (oordeel)</source>
        <translation>price reduction without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>forse prijsverlaging zonder getal (oordeel)</source>
        <translation>substantial price reduction without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>nettoprijs niet hoger dan de standaardbehandeling (oordeel)</source>
        <translation>net price no higher than the standard treatment (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>kostenneutraal (oordeel)</source>
        <translation>cost-neutral (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>kostenbesparend (oordeel)</source>
        <translation>cost-saving (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>prijspariteit met de standaardbehandeling (oordeel)</source>
        <translation>price parity with the standard treatment (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>nettoprijs {money} p.p.</source>
        <translation>net price {money} per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>nettoprijs {money} p.p. + korting {pct}</source>
        <translation>net price {money} per patient + discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>lijstprijs −{pct}</source>
        <translation>list price −{pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>lijstprijs −{cut} + korting {pct}</source>
        <translation>list price −{cut} + discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>korting {pct}</source>
        <translation>discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>staffel 1 trede ({basis})</source>
        <translation>tiered, 1 step ({basis})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>staffel {n} treden ({basis})</source>
        <translation>tiered, {n} steps ({basis})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>uitgaven</source>
        <translation>spend</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>volume, alle eenheden</source>
        <translation>volume, all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>uitgaven, alle eenheden</source>
        <translation>spend, all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>plafond {money}/jr</source>
        <translation>cap {money}/yr</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>P4P {share}</source>
        <translation>P4P {share}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>P4P {share} × {rate}</source>
        <translation>P4P {share} × {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>geen voorwaarden</source>
        <translation>no terms</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>De korting moet tussen 0 en 100% liggen</source>
        <translation>The discount must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>De lijstprijsverlaging moet tussen 0 en 100% liggen</source>
        <translation>The list price cut must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Het terugbetaalde deel moet tussen 0 en 100% liggen</source>
        <translation>The refunded share must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Het aandeel non-responders moet tussen 0 en 100% liggen</source>
        <translation>The share of non-responders must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Trede {tier}: de extra korting moet 0–100% zijn</source>
        <translation>Step {tier}: the extra discount must be 0–100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>De nettoprijs kan niet negatief zijn</source>
        <translation>The net price cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Het plafond kan niet negatief zijn</source>
        <translation>The cap cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Een nettoprijs en een lijstprijsverlaging samen kan niet: de nettoprijs vervangt de lijstprijs</source>
        <translation>A net price and a list price cut together are not possible: the net price replaces the list price</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Pay-for-performance vraagt beide getallen: terugbetaald deel en non-respons</source>
        <translation>Pay-for-performance needs both figures: refunded share and non-response</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Een staffel is marginaal of over alle eenheden</source>
        <translation>A tiered discount is marginal or over all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>Trede {tier}: de drempel moet boven 0</source>
        <translation>Step {tier}: the threshold must be above 0</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Trede {tier}: deze drempel staat er al</source>
        <translation>Step {tier}: this threshold is already there</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>De nettoprijs ligt boven de vraagprijs per patiënt: dat is geen korting</source>
        <translation>The net price is above the asking price per patient: that is no discount</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Vul ten minste één onderdeel in: korting, nettoprijs, lijstprijsverlaging, staffel, plafond of pay-for-performance</source>
        <translation>Fill in at least one part: discount, net price, list price cut, tiers, cap or pay-for-performance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>De looptijd is minstens 1 jaar</source>
        <translation>The term is at least 1 year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="146"/>
        <source>De ronde is minstens 1</source>
        <translation>The round is at least 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147"/>
        <source>Mandaat: {threshold} — {verdict}</source>
        <translation>Mandate: {threshold} — {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="148"/>
        <source>Advies: {threshold} — {verdict}</source>
        <translation>Advice: {threshold} — {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="149"/>
        <source>Effectieve korting (verwacht): {pct}</source>
        <translation>Effective discount (expected): {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>Marge ten opzichte van {pct}: {points}</source>
        <translation>Margin over {pct}: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>Tekort tot {pct}: {year} per jaar, {total} over de looptijd</source>
        <translation>Shortfall to {pct}: {year} a year, {total} over the term</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>Minst gunstig scenario ({scenario}): {points} onder {pct}, tekort {year} per jaar</source>
        <translation>Least favourable scenario ({scenario}): {points} below {pct}, shortfall {year} a year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>Reden: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>Per scenario: {list}</source>
        <translation>Per scenario: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>In de sluis</source>
        <translation>In the lock procedure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>In de sluis ({ref})</source>
        <translation>In the lock procedure ({ref})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>Advies Zorginstituut</source>
        <translation>Advice of the Zorginstituut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>Bod ronde {round}</source>
        <translation>Bid round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>Tegenbod VWS ronde {round}</source>
        <translation>VWS counter-offer round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>Start regeling ronde {round}</source>
        <translation>Arrangement starts, round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>Einde regeling ronde {round}</source>
        <translation>Arrangement ends, round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>{drug}: geen vraagprijs bekend; de effectieve korting kan niet worden berekend</source>
        <translation>{drug}: no asking price known; the effective discount cannot be computed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>{drug}: geen verwacht aantal patiënten en geen budgetimpact bekend; nodig voor een plafond of staffel</source>
        <translation>{drug}: no expected number of patients and no budget impact known; needed for a cap or tiers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>{drug}: prijs per eenheid zonder aantal eenheden per patiënt</source>
        <translation>{drug}: price per unit without a number of units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>bod {bid}: dossier {dossier} bestaat niet</source>
        <translation>bid {bid}: dossier {dossier} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>looptijd moet minstens 1 jaar zijn (was {years})</source>
        <translation>the term must be at least 1 year (was {years})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>ziektelast {burden} ligt buiten 0,10–1,00</source>
        <translation>burden of disease {burden} lies outside 0.10–1.00</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>een groei van {growth}% per jaar kan niet</source>
        <translation>a growth of {growth}% a year is not possible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>kluis aangemaakt</source>
        <translation>vault created</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>formaat {version}</source>
        <translation>format {version}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>schema bijgewerkt</source>
        <translation>schema updated</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>naar versie {version}</source>
        <translation>to version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>wachtwoord gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>nieuwe herstelsleutel</source>
        <translation>new recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>onthouden op deze computer aangezet</source>
        <translation>remember on this computer switched on</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>onthouden op deze computer uitgezet</source>
        <translation>remember on this computer switched off</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="194"/>
        <source>dossier toegevoegd</source>
        <translation>dossier added</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="195"/>
        <location filename="../../ui/words.py" line="197"/>
        <location filename="../../ui/words.py" line="201"/>
        <source>{brand} ({indication})</source>
        <translation>{brand} ({indication})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="196"/>
        <source>dossier gewijzigd</source>
        <translation>dossier changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>dossier verwijderd</source>
        <translation>dossier deleted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>{brand} ({indication}), {bids}</source>
        <translation>{brand} ({indication}), {bids}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>dossier teruggezet</source>
        <translation>dossier restored</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>bod toegevoegd</source>
        <translation>bid added</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <location filename="../../ui/words.py" line="205"/>
        <location filename="../../ui/words.py" line="207"/>
        <source>{brand}, ronde {round}, {date}</source>
        <translation>{brand}, round {round}, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>bod gewijzigd</source>
        <translation>bid changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>bod verwijderd</source>
        <translation>bid deleted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>weigeringsgrond gewijzigd</source>
        <translation>ground for refusal changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>{brand}: {field} → {grounds}</source>
        <translation>{brand}: {field} → {grounds}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>{brand}: {field} → openbaar</source>
        <translation>{brand}: {field} → public</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>{brand}: {field} → standaard</source>
        <translation>{brand}: {field} → default</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>nota-kop gewijzigd</source>
        <translation>memo header changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>{brand}</source>
        <translation>{brand}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>demo gevuld</source>
        <translation>demo filled</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>{dossiers} met FICTIEVE biedingen</source>
        <translation>{dossiers} with FICTITIOUS bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>{file}: dossiers {new} nieuw, {updated} bijgewerkt; biedingen {bids} nieuw; {present} al aanwezig</source>
        <translation>{file}: dossiers {new} new, {updated} updated; bids {bids} new; {present} already present</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>nota, publiek {audience}: {file}</source>
        <translation>memo, audience {audience}: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>woo: {folder} ({files})</source>
        <translation>Woo: {folder} ({files})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>1 bod</source>
        <translation>1 bid</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>{n} biedingen</source>
        <translation>{n} bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>{n} dossiers</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>1 bestand</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>{n} bestanden</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>1 jaar</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>{n} jaar</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>{n} rijen</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>1 regel</source>
        <translation>1 line</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>{n} regels</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>Geen vereiste prijsverlaging gevonden in de tekst</source>
        <translation>No required price reduction found in the text</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>De tekst is leeg</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>Een prijsverlaging van {value}% kan niet: kies een waarde van 0 tot 100</source>
        <translation>A price reduction of {value}% is not possible: choose a value from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="247"/>
        <source>De tekst is op meer dan één manier te lezen ({readings}); kies de bedoelde lezing</source>
        <translation>The text can be read in more than one way ({readings}); choose the intended reading</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="250"/>
        <source>ten minste {pct}</source>
        <translation>at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="251"/>
        <source>fors, ten minste {pct}</source>
        <translation>substantially, at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>meer dan {pct}</source>
        <translation>more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>fors meer dan {pct}</source>
        <translation>substantially more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>fors, ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>substantially, approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>fors, {low} tot {high}</source>
        <translation>substantially, {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="262"/>
        <source>zonder getal (oordeel)</source>
        <translation>without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>fors, zonder getal (oordeel)</source>
        <translation>substantially, without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="264"/>
        <source>{path}: bestand bestaat niet</source>
        <translation>{path}: file does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="265"/>
        <source>{path}: het bestand is leeg — geen Mandaat-kluis</source>
        <translation>{path}: the file is empty — not a Mandaat vault</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>{path}: geen Mandaat-kluis (onbekend bestandstype)</source>
        <translation>{path}: not a Mandaat vault (unknown file type)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="273"/>
        <source>{path}: kluisformaat versie {version} is nieuwer dan deze Mandaat ondersteunt (tot en met {supported}); werk Mandaat bij</source>
        <translation>{path}: vault format version {version} is newer than this Mandaat supports (up to {supported}); update Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="277"/>
        <source>{path}: de kop van de kluis is beschadigd ({detail})</source>
        <translation>{path}: the vault&apos;s header is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>{path}: de kluis is afgekapt ({size} van {expected} bytes)</source>
        <translation>{path}: the vault is truncated ({size} of {expected} bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>{path}: de sleutelafleiding in deze kluis vraagt onredelijk veel ({detail}); geweigerd</source>
        <translation>{path}: the key derivation in this vault asks an unreasonable amount ({detail}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="289"/>
        <source>{path}: onjuist wachtwoord of herstelsleutel</source>
        <translation>{path}: wrong passphrase or recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="290"/>
        <source>{path}: het bestand is gewijzigd of beschadigd: het sleutelvak opent, de inhoud niet (authenticatie mislukt)</source>
        <translation>{path}: the file has been changed or damaged: the key slot opens, the contents do not (authentication failed)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="294"/>
        <source>{path}: de database in de kluis is niet intact ({detail})</source>
        <translation>{path}: the database in the vault is not intact ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <source>{path}: de kluis is in gebruik door een ander Mandaat-proces</source>
        <translation>{path}: the vault is in use by another Mandaat process</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="302"/>
        <source>{path}: de kluis is op schijf gewijzigd sinds hij werd geopend; niet overschreven</source>
        <translation>{path}: the vault was changed on disk since it was opened; not overwritten</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>{path}: opslaan mislukt ({detail}); de vorige versie is intact</source>
        <translation>{path}: saving failed ({detail}); the previous version is intact</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="310"/>
        <source>{path}: de kluis heeft geen sleutelvak van dit soort ({detail})</source>
        <translation>{path}: the vault has no key slot of this kind ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="314"/>
        <source>Het wachtwoord mag niet leeg zijn</source>
        <translation>The passphrase must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="315"/>
        <source>De twee wachtwoorden zijn niet gelijk</source>
        <translation>The two passphrases are not the same</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>Geen wachtwoord: geef het op bij de prompt, in MANDAAT_PASSPHRASE of met --passphrase-file</source>
        <translation>No passphrase: give it at the prompt, in MANDAAT_PASSPHRASE or with --passphrase-file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>De herstelsleutel heeft niet de juiste vorm ({detail})</source>
        <translation>The recovery key does not have the right form ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>{path}: bestaat al; kies een andere naam</source>
        <translation>{path}: already exists; choose another name</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>Onthouden op deze computer is niet beschikbaar: {detail}. Mandaat bewaart nooit een sleutel onversleuteld</source>
        <translation>Remember on this computer is not available: {detail}. Mandaat never keeps a key unencrypted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>{path}: de sleutel voor deze computer staat niet (meer) in de sleutelbos</source>
        <translation>{path}: the key for this computer is not (or no longer) in the keyring</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="336"/>
        <source>{path}: het logboek is niet intact vanaf regel {entry}</source>
        <translation>{path}: the log is not intact from line {entry}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="340"/>
        <source>Geen dossier gevonden voor &apos;{name}&apos;</source>
        <translation>No dossier found for &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="341"/>
        <source>Bod geweigerd: {detail}</source>
        <translation>Bid refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>Het wachtwoord is te kort: minstens {minimum} tekens (een zin werkt goed)</source>
        <translation>The passphrase is too short: at least {minimum} characters (a sentence works well)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>{path}: alleen-lezen geopend; er wordt niets opgeslagen</source>
        <translation>{path}: opened read-only; nothing is saved</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="350"/>
        <source>{path}: ontgrendel met het wachtwoord om een nieuwe herstelsleutel te maken</source>
        <translation>{path}: unlock with the passphrase to make a new recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="354"/>
        <source>{path}: het slotbestand is geen gewoon bestand (een link?); geweigerd</source>
        <translation>{path}: the lock file is not a regular file (a link?); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>{path}: kan het slotbestand niet aanmaken ({detail})</source>
        <translation>{path}: cannot create the lock file ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="362"/>
        <source>{path}: de sleutelafleiding van deze kluis kost hier ongeveer {seconds} s en {memory} MiB geheugen, veel meer dan gewoon; niet begonnen</source>
        <translation>{path}: the key derivation of this vault takes about {seconds} s and {memory} MiB of memory here, far more than usual; not started</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="366"/>
        <source>{path}: dit is een oudere stand van de kluis dan deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd</source>
        <translation>{path}: this is an older state of the vault than this computer saw before (generation {found}, seen: {seen}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="370"/>
        <source>{path}: deze stand van de kluis zet niet voort wat deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd</source>
        <translation>{path}: this state of the vault does not continue what this computer saw before (generation {found}, seen: {seen}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="374"/>
        <source>{path}: deze computer zag een andere stand van deze kluis (van vóór een sleutelwissel, of het register is gewijzigd); geweigerd</source>
        <translation>{path}: this computer saw another state of this vault (from before a key change, or the register was changed); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="378"/>
        <source>{path}: de database in de kluis heeft schemaversie {version}, nieuwer dan {supported}</source>
        <translation>{path}: the database in the vault has schema version {version}, newer than {supported}</translation>
    </message>
</context>
</TS>
