<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>A11y</name>
    <message>
        <location filename="../../ui/a11y.py" line="19"/>
        <location filename="../../ui/a11y.py" line="20"/>
        <source>Leegmaken</source>
        <extracomment>The object name Qt gives the clear action of a line edit (``setClearButtonEnabled``).</extracomment>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>Tabblad &amp;Advies en mandaat</source>
        <extracomment>Tab switching: (index in the workspace&apos;s tabs, menu text, shortcut).</extracomment>
        <translation>&amp;Advice and mandate tab</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Tabblad &amp;Biedingen</source>
        <translation>&amp;Bids tab</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="44"/>
        <source>Tabblad &amp;Verloop</source>
        <translation>P&amp;rogress tab</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="45"/>
        <source>Tabblad &amp;Nota</source>
        <translation>&amp;Memo tab</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46"/>
        <source>Tabblad &amp;Logboek</source>
        <translation>&amp;Log tab</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;Zoek een dossier</source>
        <translation>&amp;Find a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Nieuw &amp;bod…</source>
        <translation>New &amp;bid…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Nieuw bod voor het gekozen dossier (Ctrl+B)</source>
        <translation>New bid for the selected dossier (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Bo&amp;d bewerken…</source>
        <translation>E&amp;dit bid…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Bewerk het gekozen bod op het tabblad Biedingen (F2)</source>
        <translation>Edit the selected bid on the Bids tab (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <source>Bod &amp;verwijderen</source>
        <translation>De&amp;lete bid</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Verwijder het gekozen bod; ongedaan maken kan altijd</source>
        <translation>Delete the selected bid; it can always be undone</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>&amp;Kopieer effectieve korting</source>
        <translation>&amp;Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>Kopieer de effectieve korting van het gekozen bod; het klembord wordt gewist</source>
        <translation>Copy the effective discount of the selected bid; the clipboard is cleared</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>&amp;Dossierlijst</source>
        <translation>&amp;Dossier list</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="173"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="240"/>
        <source>Kies eerst een bod in de tabel</source>
        <translation>First choose a bid in the table</translation>
    </message>
</context>
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../ui/advice_tab.py" line="67"/>
        <location filename="../../ui/advice_tab.py" line="82"/>
        <source>ten minste (≥)</source>
        <extracomment>The kinds a reading of the advice can be corrected to (every kind the reader knows).</extracomment>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="68"/>
        <location filename="../../ui/advice_tab.py" line="83"/>
        <source>meer dan (&gt;)</source>
        <translation>more than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="69"/>
        <location filename="../../ui/advice_tab.py" line="84"/>
        <source>ongeveer</source>
        <translation>approximately</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="70"/>
        <location filename="../../ui/advice_tab.py" line="85"/>
        <source>van … tot</source>
        <translation>from … to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="71"/>
        <source>zonder getal (oordeel)</source>
        <translation>no figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="74"/>
        <source>nettoprijs niet hoger dan de standaardbehandeling</source>
        <translation>net price not above the standard treatment</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="76"/>
        <source>kostenneutraal</source>
        <translation>cost-neutral</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="77"/>
        <source>kostenbesparend</source>
        <translation>cost-saving</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="78"/>
        <source>prijspariteit</source>
        <translation>price parity</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="90"/>
        <source>&amp;Indicatie</source>
        <translation>I&amp;ndication</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="94"/>
        <source>Product (koppelt indicaties)</source>
        <translation>Product (links indications)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="161"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="238"/>
        <source>Advies Zorginstituut</source>
        <translation>Zorginstituut advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="240"/>
        <source>Mandaat (vertrouwelijk)</source>
        <translation>Mandate (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="243"/>
        <source>Laatste bod (vertrouwelijk)</source>
        <translation>Last bid (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="249"/>
        <source>Mandaat kopiëren</source>
        <translation>Copy mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="256"/>
        <source>Effectieve korting kopiëren</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="266"/>
        <source>Waarschuwing mandaat</source>
        <translation>Mandate warning</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="273"/>
        <source>⚠ Let op: het mandaat is zwakker dan het advies van het Zorginstituut. Een bod kan dan het mandaat halen zonder aan het advies te voldoen.</source>
        <translation>⚠ Note: the mandate is weaker than the Zorginstituut&apos;s advice. A bid can then meet the mandate without meeting the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="300"/>
        <source>Advies van het Zorginstituut (openbaar)</source>
        <translation>Advice of the Zorginstituut (public)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="306"/>
        <source>&amp;Tekst van het advies, zoals geschreven:</source>
        <translation>&amp;Text of the advice, as written:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="311"/>
        <source>Tekst van het advies</source>
        <translation>Text of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="314"/>
        <source>Plak hier de zin uit het advies, bijv. „de vraagprijs moet met ten minste 92% dalen”</source>
        <translation>Paste the sentence from the advice here, e.g. “de vraagprijs moet met ten minste 92% dalen”</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="328"/>
        <source>Gelezen als:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="334"/>
        <source>Gelezen drempel</source>
        <translation>Threshold as read</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="355"/>
        <source>Datum van het advies</source>
        <translation>Date of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="419"/>
        <source>Mandaat (vertrouwelijk — 5.1.2b)</source>
        <translation>Mandate (confidential — 5.1.2b)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="425"/>
        <source>Mandaat gelijk aan het advies</source>
        <translation>Mandate equals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="430"/>
        <source>&amp;Prijsverlaging:</source>
        <translation>Price reducti&amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="433"/>
        <source>Soort grens van het mandaat</source>
        <translation>Kind of bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="439"/>
        <source>Mandaat: percentage</source>
        <translation>Mandate: percentage</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="395"/>
        <location filename="../../ui/advice_tab.py" line="441"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="88"/>
        <source>G&amp;eneesmiddel (merk)</source>
        <translation>Med&amp;icine (brand)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="89"/>
        <source>Werkzame &amp;stof</source>
        <translation>Acti&amp;ve substance</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="91"/>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="92"/>
        <source>Staatsc&amp;ourant</source>
        <translation>Government Ga&amp;zette</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="98"/>
        <source>Vraagpri&amp;js per patiënt</source>
        <translation>As&amp;king price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="99"/>
        <source>Budgetimpact jaar &amp;3</source>
        <translation>Budget impact year &amp;3</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="102"/>
        <source>Verwachte patiënten per jaar</source>
        <translation>Expected patients per year</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="107"/>
        <source>ICER (€ per QAL&amp;Y)</source>
        <translation>ICER (€ per QAL&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="108"/>
        <source>Zie&amp;ktelast (0,10–1,00)</source>
        <translation>Disease burden (&amp;0.10–1.00)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="112"/>
        <source>E&amp;xtra kosten per patiënt (ΔC)</source>
        <extracomment>The cross-check&apos;s inputs (ZIN&apos;s public figures), stored with the dossier.</extracomment>
        <translation>E&amp;xtra costs per patient (ΔC)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="115"/>
        <source>Extra QALY&apos;s per patiënt (ΔQALY)</source>
        <translation>Extra QALYs per patient (ΔQALY)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="118"/>
        <source>Kosten geneesmiddel per patiënt</source>
        <translation>Cost of the medicine per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="340"/>
        <source>Mogelijke lezingen van het advies</source>
        <translation>Possible readings of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="353"/>
        <source>Dat&amp;um advies:</source>
        <translation>Advice &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="370"/>
        <source>Lezing &amp;corrigeren</source>
        <translation>&amp;Correct the reading</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="373"/>
        <source>Pas aan hoe de zin is gelezen; de tekst van het advies blijft zoals geschreven</source>
        <translation>Change how the sentence was read; the advice&apos;s text stays as written</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="384"/>
        <source>Soort grens van het advies</source>
        <translation>Kind of bound of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="393"/>
        <source>Advies: ondergrens</source>
        <translation>Advice: lower bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="397"/>
        <source>Advies: bovengrens</source>
        <translation>Advice: upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="399"/>
        <source>fo&amp;rs</source>
        <translation>s&amp;ubstantially</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="401"/>
        <source>Advies zegt fors</source>
        <translation>Advice says substantially</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="422"/>
        <source>&amp;Mandaat is gelijk aan het advies</source>
        <translation>Mandate e&amp;quals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="443"/>
        <source>Mandaat: bovengrens</source>
        <translation>Mandate: upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="467"/>
        <source>Openbare gegevens</source>
        <translation>Public details</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="478"/>
        <location filename="../../ui/advice_tab.py" line="482"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="485"/>
        <location filename="../../ui/advice_tab.py" line="487"/>
        <source>In de sluis sinds</source>
        <translation>In the lock procedure since</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="494"/>
        <source>Kosteneffectiviteit</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="501"/>
        <location filename="../../ui/advice_tab.py" line="504"/>
        <source>Referentiewaarde</source>
        <translation>Reference value</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="507"/>
        <source>Controleberekening (openbare cijfers van het Zorginstituut):</source>
        <translation>Cross-check (public figures of the Zorginstituut):</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="523"/>
        <source>Afgeleide prijsverlaging</source>
        <translation>Derived price reduction</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="526"/>
        <source>r = (ΔC − referentiewaarde × ΔQALY) ÷ kosten van het geneesmiddel</source>
        <translation>r = (ΔC − reference value × ΔQALY) ÷ cost of the medicine</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="531"/>
        <source>Afgeleide prijsverlaging r</source>
        <translation>Derived price reduction r</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="617"/>
        <source>± %1 (afgeleid)</source>
        <translation>± %1 (derived)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="646"/>
        <source>Nog geen advies geplakt.</source>
        <translation>No advice pasted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="652"/>
        <source>Op meer dan één manier te lezen — kies de bedoelde lezing. Tot dan wordt niets getoetst aan het advies.</source>
        <translation>Can be read more than one way — choose the intended reading. Until then nothing is checked against the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="663"/>
        <source>Niet gelezen: </source>
        <translation>Not read: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="669"/>
        <source> (gekozen lezing)</source>
        <translation> (chosen reading)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="671"/>
        <source> (met de hand gecorrigeerd)</source>
        <translation> (corrected by hand)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="685"/>
        <source>gelezen uit „%1”</source>
        <translation>read from “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="762"/>
        <source>— (vul de ziektelast in)</source>
        <translation>— (fill in the disease burden)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="771"/>
        <source> per QALY</source>
        <translation> per QALY</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="790"/>
        <source>— vul ΔC, ΔQALY en de ziektelast in</source>
        <translation>— fill in ΔC, ΔQALY and the disease burden</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="796"/>
        <source> — advies: </source>
        <translation> — advice: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="810"/>
        <source>advies van </source>
        <translation>advice of </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="812"/>
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="817"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="819"/>
        <source>eigen mandaat</source>
        <translation>own mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="824"/>
        <source>nog geen bod</source>
        <translation>no bid yet</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="828"/>
        <source>, ronde </source>
        <translation>, round </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="839"/>
        <source> effectieve korting</source>
        <translation> effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="914"/>
        <source>De naam van het geneesmiddel is verplicht</source>
        <translation>The name of the medicine is required</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="931"/>
        <source>Geen geldig getal (bijv. 104.000 of 68,5)</source>
        <translation>Not a valid number (e.g. 104,000 or 68.5)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="148"/>
        <source>Er ging iets mis (%1). De kluis op schijf is de laatst opgeslagen stand.</source>
        <extracomment>Languages with a catalogue (Dutch is the source language); the QSettings key.</extracomment>
        <translation>Something went wrong (%1). The vault on disk is the last saved state.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="152"/>
        <source>Details zonder gegevens: %1</source>
        <translation>Details without any data: %1</translation>
    </message>
</context>
<context>
    <name>BidAnalyses</name>
    <message>
        <location filename="../../ui/bid_analyses.py" line="60"/>
        <source>laag (0,75 × verwacht)</source>
        <translation>low (0.75 × expected)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="61"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="62"/>
        <source>hoog (1,25 × verwacht)</source>
        <translation>high (1.25 × expected)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="123"/>
        <source>Naar Excel</source>
        <translation>To Excel</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="125"/>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="145"/>
        <source>Analyses van het bod</source>
        <translation>Analyses of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="172"/>
        <source>Geld per jaar</source>
        <extracomment>True while &quot;Naar Excel&quot; writes on its worker (to ``_saving_to``). The save dialog (&quot;Naar Excel&quot;); tests replace it. The bids of the dossier for the workbook&apos;s overview sheet (the bids tab sets it).</extracomment>
        <translation>Money per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="176"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="183"/>
        <location filename="../../ui/bid_analyses.py" line="266"/>
        <source>Naar E&amp;xcel…</source>
        <translation>To E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="186"/>
        <source>Sla de biedingen van dit dossier, het geld per jaar en de gevoeligheid van het gekozen bod op als Excel-werkmap (vertrouwelijk)</source>
        <translation>Save this dossier&apos;s bids, the money per year and the sensitivity of the selected bid as an Excel workbook (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="193"/>
        <location filename="../../ui/bid_analyses.py" line="259"/>
        <source>Kopieer tabel</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="195"/>
        <location filename="../../ui/bid_analyses.py" line="261"/>
        <source>Kopieer als Excel-cellen (Ctrl+C); gewist na 10 seconden</source>
        <translation>Copy as Excel cells (Ctrl+C); cleared after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="201"/>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="212"/>
        <source>Per jaar</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="224"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="226"/>
        <source>Horizon in jaren</source>
        <translation>Horizon in years</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="229"/>
        <source>Het oordeel over zoveel jaren vanaf de start; na het einde van de regeling geldt wat het bod daarvoor vastlegt</source>
        <translation>The verdict over this many years from the start; after the end of the arrangement, what the bid states for then applies</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="236"/>
        <source>Ove&amp;r</source>
        <translation>Ove&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="251"/>
        <source>Wat is nodig</source>
        <translation>What it takes</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="255"/>
        <location filename="../../ui/bid_analyses.py" line="277"/>
        <source>Gevoeligheid</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="283"/>
        <location filename="../../ui/bid_analyses.py" line="294"/>
        <source>Per indicatie</source>
        <translation>Per indication</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="298"/>
        <source>Kopieer als Excel-cellen</source>
        <translation>Copy as Excel cells</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="384"/>
        <source>Kies een bod om zijn geld per jaar te zien.</source>
        <translation>Select a bid to see its money per year.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="395"/>
        <location filename="../../ui/bid_analyses.py" line="499"/>
        <source>Niet te berekenen: {reason}</source>
        <translation>Cannot be computed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="402"/>
        <source>Onverdisconteerd, in euro&apos;s van vandaag; de P4P-teruggave gaat vóór het plafond. Vertrouwelijk (bedrijfsgegevens).</source>
        <translation>Undiscounted, in today&apos;s euros; the P4P refund comes before the cap. Confidential (business data).</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="432"/>
        <source>geen mandaat: geen oordeel</source>
        <translation>no mandate: no verdict</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="436"/>
        <source>niet te berekenen: {reason}</source>
        <translation>cannot be calculated: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="439"/>
        <source>{verdict}, effectieve korting {pct} (scenario verwacht)</source>
        <translation>{verdict}, effective discount {pct} (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="449"/>
        <location filename="../../ui/bid_analyses.py" line="487"/>
        <source>Kies een bod.</source>
        <translation>Select a bid.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="451"/>
        <source>Dit bod geldt voor één indicatie. Een productbreed bod (in de bieding: ‘geldt voor alle indicaties van het product’) wordt hier per indicatie getoond.</source>
        <translation>This bid applies to one indication. A product-wide bid (in the bid: ‘applies to all indications of the product’) is shown here per indication.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="463"/>
        <source>niet te berekenen</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="471"/>
        <source>Product {product}, {n} indicaties. Samen (scenario verwacht, over de berekende indicaties): effectieve korting {pct}; netto {price} per patiënt. Elke indicatie tegen haar eigen mandaat. Vertrouwelijk.</source>
        <translation>Product {product}, {n} indications. Together (expected scenario, over the indications calculated): effective discount {pct}; net {price} per patient. Each indication against its own mandate. Confidential.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="490"/>
        <location filename="../../ui/bid_analyses.py" line="503"/>
        <source>Het mandaat noemt geen getal: wat nodig is, is niet te berekenen.</source>
        <translation>The mandate names no number: what it takes cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="513"/>
        <source>Extra korting bovenop de nettoprijs (vóór plafond en teruggaven)</source>
        <translation>Extra discount on top of the net price (before cap and refunds)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="519"/>
        <source>tot {bound}: {expected} verwacht; {worst} in elk scenario</source>
        <translation>to {bound}: {expected} expected; {worst} in every scenario</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="525"/>
        <source>(het zwaarst: {scenario})</source>
        <translation>(hardest: {scenario})</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="531"/>
        <source>Het oordeel wordt ‘voldoet’ vanaf {bound}.</source>
        <translation>The verdict becomes ‘meets’ from {bound}.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="538"/>
        <source>Plafond gaat knellen: het bod heeft geen plafond.</source>
        <translation>Cap binds: the bid has no cap.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="544"/>
        <source>Plafond gaat knellen: nooit, de uitgaven blijven eronder.</source>
        <translation>Cap binds: never, spending stays below it.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="550"/>
        <source>Plafond gaat knellen vanaf {n} patiënten per jaar.</source>
        <translation>The cap binds from {n} patients a year.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="556"/>
        <source>Hoogste nettoprijs per patiënt (tot {bound}): geen.</source>
        <translation>Highest net price per patient (to {bound}): none.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="563"/>
        <source>lager dan</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="565"/>
        <source>ten hoogste</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="568"/>
        <source>Hoogste nettoprijs per patiënt (tot {bound}): {word} {price}.</source>
        <translation>Highest net price per patient (to {bound}): {word} {price}.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="574"/>
        <source>Plafond dat volstaat (tot {bound}): geen.</source>
        <translation>Cap that suffices (to {bound}): none.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="580"/>
        <source>Plafond dat volstaat (tot {bound}, scenario verwacht, met de andere voorwaarden van dit bod): ten hoogste {cap} per jaar.</source>
        <translation>Cap that suffices (to {bound}, expected scenario, with this bid&apos;s other terms): at most {cap} a year.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="594"/>
        <source>Geen gevoeligheid: kies een bod in een dossier met een mandaat.</source>
        <translation>No sensitivity: select a bid in a dossier with a mandate.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="598"/>
        <source>Niet te berekenen voor dit bod.</source>
        <translation>Cannot be computed for this bid.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="603"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="607"/>
        <source>Scenario verwacht, één aanname tegelijk. Draait het oordeel om: {turns}</source>
        <translation>Expected scenario, one assumption at a time. Turns the verdict: {turns}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="645"/>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="663"/>
        <source>Opgeslagen als {name} (alleen voor u leesbaar)</source>
        <translation>Saved as {name} (readable by you only)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="675"/>
        <source>Niet opgeslagen: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="709"/>
        <source>geen korting volstaat</source>
        <translation>no discount suffices</translation>
    </message>
    <message>
        <location filename="../../ui/bid_analyses.py" line="711"/>
        <source>0% (voldoet al)</source>
        <translation>0% (meets already)</translation>
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
        <location filename="../../ui/bid_editor.py" line="118"/>
        <source>Trede {i}: vul een drempel en een extra korting in</source>
        <translation>Tier {i}: fill in a threshold and an extra discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="140"/>
        <source>Drempel (patiënten/jaar)</source>
        <translation>Threshold (patients/year)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="142"/>
        <source>Drempel (€ uitgaven/jaar)</source>
        <translation>Threshold (€ spending/year)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="152"/>
        <source>Extra korting % op alle patiënten zodra de drempel is overschreden</source>
        <translation>Extra discount % on all patients once the threshold is passed</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="156"/>
        <source>Extra korting % op alle uitgaven zodra de drempel is overschreden</source>
        <translation>Extra discount % on all spending once the threshold is passed</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="160"/>
        <source>Extra korting % op de patiënten boven de drempel</source>
        <translation>Extra discount % on the patients above the threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="163"/>
        <source>Extra korting % op de uitgaven boven de drempel</source>
        <translation>Extra discount % on the spending above the threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="214"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="216"/>
        <source>Bod wijzigen</source>
        <translation>Change bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="277"/>
        <source>Bod</source>
        <translation>Bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="280"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="284"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="288"/>
        <source>Bod van de leverancier</source>
        <translation>Bid from the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="291"/>
        <source>Tegenbod van VWS</source>
        <translation>Counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="294"/>
        <source>&amp;Partij</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="304"/>
        <source>&amp;Looptijd</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="311"/>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="314"/>
        <source>Startdatum bekend</source>
        <translation>Start date known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="317"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="321"/>
        <source>&amp;Startdatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="325"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="329"/>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="335"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="338"/>
        <source>bijv. 68,5</source>
        <translation>e.g. 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="342"/>
        <source>&amp;Korting %</source>
        <translation>D&amp;iscount %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="345"/>
        <source>Vertrouwelijke korting, na een nettoprijs of lijstprijsverlaging</source>
        <translation>Confidential discount, after a net price or list-price cut</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="350"/>
        <source>bijv. 34.000</source>
        <translation>e.g. 34,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="354"/>
        <source>&amp;Nettoprijs per patiënt €</source>
        <translation>&amp;Net price per patient €</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="357"/>
        <source>Vervangt de vraagprijs per patiënt</source>
        <translation>Replaces the asking price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="359"/>
        <source>bijv. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="365"/>
        <source>Openbare verlaging van de lijstprijs; de korting komt daar bovenop</source>
        <translation>Public cut of the list price; the discount comes on top of it</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="376"/>
        <source>Staffel naar</source>
        <translation>Tiers by</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="379"/>
        <source>naar aantal patiënten</source>
        <translation>by number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="382"/>
        <source>naar uitgaven (€)</source>
        <translation>by spending (€)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="385"/>
        <source>Trede &amp;toevoegen</source>
        <translation>&amp;Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="387"/>
        <source>Trede &amp;weg</source>
        <translation>Re&amp;move tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="394"/>
        <source>Staffeltreden</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="414"/>
        <source>bijv. 20.000.000</source>
        <translation>e.g. 20,000,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="418"/>
        <source>&amp;Uitgavenplafond € per jaar</source>
        <translation>Spendin&amp;g cap € per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="421"/>
        <source>De leverancier betaalt de netto-uitgaven boven dit bedrag per jaar terug</source>
        <translation>The supplier pays back the net spending above this amount per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="430"/>
        <source>terugbetaald %</source>
        <translation>paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="434"/>
        <source>Pay-for-performance: terugbetaald deel %</source>
        <translation>Pay-for-performance: share paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="437"/>
        <source>non-respons %</source>
        <translation>non-response %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="441"/>
        <source>Pay-for-performance: non-responders %</source>
        <translation>Pay-for-performance: non-responders %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="451"/>
        <source>Deel van de uitgaven dat wordt terugbetaald voor patiënten zonder respons</source>
        <translation>Share of the spending paid back for patients without a response</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="460"/>
        <source>Voorwaarden en notitie</source>
        <translation>Conditions and note</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="467"/>
        <source>V&amp;oorwaarden</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="843"/>
        <source>{year} per jaar onder {bound}
{total} over {years}</source>
        <translation>{year} a year below {bound}
{total} over {years}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="362"/>
        <source>Publieke lijstprijs&amp;verlaging %</source>
        <translation>Public &amp;list-price cut %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="412"/>
        <source>St&amp;affel</source>
        <translation>&amp;Tiered discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="448"/>
        <source>Pay-for-per&amp;formance</source>
        <translation>Pay-for-per&amp;formance</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="476"/>
        <source>Not&amp;itie (intern)</source>
        <translation>Not&amp;e (internal)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="514"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="516"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="526"/>
        <source>Oordeel terwijl u typt</source>
        <translation>Verdict as you type</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="558"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="560"/>
        <location filename="../../ui/bid_editor.py" line="563"/>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="562"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="565"/>
        <source>Effectieve korting</source>
        <translation>Effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="567"/>
        <source>Per scenario</source>
        <translation>Per scenario</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="568"/>
        <source>Marge (mandaat)</source>
        <translation>Margin (mandate)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="569"/>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="570"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="572"/>
        <source>Hoogste nettoprijs p.p.</source>
        <translation>Highest net price p.p.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="575"/>
        <source>Plafond dat voldoet</source>
        <translation>Cap that complies</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="579"/>
        <source>De hoogste nettoprijs per patiënt waarmee het bod aan het mandaat voldoet</source>
        <translation>The highest net price per patient at which the bid meets the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="585"/>
        <source>Het ruimste uitgavenplafond per jaar waarmee het bod, met de andere voorwaarden, aan het mandaat voldoet (verwacht scenario)</source>
        <translation>The highest spending cap per year at which the bid, with its other terms, meets the mandate (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="682"/>
        <source>Geen getal: typ bijvoorbeeld 92 of 68,5</source>
        <translation>Not a number: type for example 92 or 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="760"/>
        <source>geen drempel</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="763"/>
        <source>(gelijk aan het advies)</source>
        <translation>(equal to the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="768"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="788"/>
        <source>lager dan {price}</source>
        <translation>below {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="790"/>
        <source>ten hoogste {price}</source>
        <translation>at most {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="810"/>
        <location filename="../../ui/bid_editor.py" line="815"/>
        <source>niet te berekenen</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="825"/>
        <source>laag {low} · verwacht {exp} · hoog {high}</source>
        <translation>low {low} · expected {exp} · high {high}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="835"/>
        <source>{points} t.o.v. {bound}</source>
        <translation>{points} against {bound}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="857"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="858"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="859"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="862"/>
        <source>geen (verwacht)
{year} per jaar onder {bound} (scenario {name})</source>
        <translation>none (expected)
{year} a year below {bound} ({name} scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="873"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="878"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="891"/>
        <source>— (geen volume bekend)</source>
        <translation>— (no volume known)</translation>
    </message>
</context>
<context>
    <name>BidsModel</name>
    <message>
        <location filename="../../ui/bids_model.py" line="82"/>
        <source>Datum</source>
        <extracomment>The verdict code (``meets`` …) of a verdict cell; None elsewhere. Always shown: at 1366 px wide these fit beside the dossier list without scrolling. Hidden until chosen from the header&apos;s menu (right-click).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="83"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="86"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="87"/>
        <source>Onderhandelingsronde</source>
        <translation>Negotiation round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="90"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="91"/>
        <source>Bod van de leverancier of tegenbod van VWS</source>
        <translation>Bid from the supplier or counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="94"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="95"/>
        <source>De onderdelen van de financiële regeling</source>
        <translation>The parts of the financial arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="98"/>
        <source>Effectief
(verwacht)</source>
        <translation>Effective
(expected)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="99"/>
        <source>Effectieve korting op de vraagprijs over de looptijd, verwacht aantal patiënten</source>
        <translation>Effective discount on the asking price over the duration, expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="105"/>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="106"/>
        <source>Effectieve korting bij 0,75 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 0.75 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="111"/>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="112"/>
        <source>Effectieve korting bij 1,25 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 1.25 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="117"/>
        <source>Oordeel
mandaat</source>
        <translation>Verdict
mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="118"/>
        <source>Het bod tegen het mandaat (standaard: het advies)</source>
        <translation>The bid against the mandate (default: the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="121"/>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="122"/>
        <source>Effectieve korting min de ondergrens van het mandaat</source>
        <translation>Effective discount minus the lower bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="125"/>
        <source>Tekort
per jaar</source>
        <translation>Shortfall
per year</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="126"/>
        <source>Wat de leverancier per jaar nog moet geven om te voldoen</source>
        <translation>What the supplier still has to give per year to comply</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="129"/>
        <source>Oordeel
advies</source>
        <translation>Verdict
advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="130"/>
        <source>Het bod tegen het advies van het Zorginstituut</source>
        <translation>The bid against the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="133"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="134"/>
        <source>Laatste dag van de regeling (start + looptijd)</source>
        <translation>Last day of the arrangement (start + duration)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="398"/>
        <location filename="../../ui/bids_model.py" line="412"/>
        <source>niet te berekenen</source>
        <extracomment>Text and background per verdict code: readable on light and dark rows, never alone. Columns whose sort value is the bid&apos;s own (no assessment needed to sort on them).</extracomment>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="460"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="469"/>
        <source>Geen startdatum: de einddatum is niet bekend</source>
        <translation>No start date: the end date is not known</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="479"/>
        <source>Looptijd: {years}</source>
        <translation>Duration: {years}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="485"/>
        <source>patiënten</source>
        <translation>patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="490"/>
        <source>Trede {i}: boven {basis} extra {pct}</source>
        <translation>Tier {i}: above {basis} an extra {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="496"/>
        <source>Voorwaarden: {text}</source>
        <translation>Conditions: {text}</translation>
    </message>
</context>
<context>
    <name>BidsTab</name>
    <message>
        <location filename="../../ui/bids_tab.py" line="124"/>
        <source>Nieuw bod (Ctrl+B)</source>
        <translation>New bid (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="127"/>
        <source>Bewerk het gekozen bod (Enter of dubbelklik)</source>
        <translation>Edit the selected bid (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="123"/>
        <source>Nieuw b&amp;od…</source>
        <extracomment>Today&apos;s date for a new bid; tests replace it.</extracomment>
        <translation>&amp;New bid…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="125"/>
        <source>B&amp;ewerk…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="129"/>
        <source>Verw&amp;ijder</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="131"/>
        <source>Verwijder het gekozen bod (Del); ongedaan maken kan altijd</source>
        <translation>Delete the selected bid (Del); you can always undo</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="136"/>
        <source>&amp;Kopieer effectieve korting</source>
        <translation>&amp;Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="139"/>
        <source>Kopieer de effectieve korting van het gekozen bod (Ctrl+Shift+C); het klembord wordt na 10 seconden gewist</source>
        <translation>Copy the effective discount of the selected bid (Ctrl+Shift+C); the clipboard is cleared after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="148"/>
        <source>Filter biedingen…</source>
        <translation>Filter bids…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="151"/>
        <source>Filter biedingen</source>
        <translation>Filter bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="165"/>
        <source>Biedingen</source>
        <translation>Bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="219"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="225"/>
        <source>Verwijder bod</source>
        <translation>Delete bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="232"/>
        <source>Kopieer effectieve korting</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="312"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="320"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="323"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="328"/>
        <source>Advies: {advice} · Mandaat: {mandate} · Vraagprijs: {price}</source>
        <translation>Advice: {advice} · Mandate: {mandate} · Asking price: {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="334"/>
        <source>Let op: het mandaat is zwakker dan het advies van het Zorginstituut</source>
        <translation>Note: the mandate is weaker than the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="361"/>
        <source>{shown} van {bids}</source>
        <translation>{shown} of {bids}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="447"/>
        <source>Bod toegevoegd</source>
        <translation>Bid added</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="454"/>
        <source>Bod gewijzigd</source>
        <translation>Bid changed</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="464"/>
        <source>Bod verwijderd; ongedaan maken met Ctrl+Z</source>
        <translation>Bid deleted; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="475"/>
        <source>Geen effectieve korting om te kopiëren</source>
        <translation>No effective discount to copy</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="480"/>
        <source>Effectieve korting gekopieerd</source>
        <translation>Effective discount copied</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../ui/chart_tab.py" line="99"/>
        <source>Verloop van de effectieve korting</source>
        <extracomment>The longest the chart assesses bids at a stretch before it lets the window breathe (20 ms: a slice and the painting of a tab just shown together stay under 100 ms).</extracomment>
        <translation>Effective discount over time</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="109"/>
        <source>Tijdlijn van het dossier</source>
        <translation>Timeline of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="114"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="194"/>
        <source>Het verloop wordt berekend: {done} van {n} biedingen…</source>
        <translation>Calculating the course: {done} of {n} bids…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="215"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="233"/>
        <source>{drug}: effectieve korting per bod (verwacht scenario)</source>
        <translation>{drug}: effective discount per bid (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="247"/>
        <source>Bod leverancier</source>
        <translation>Supplier bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="253"/>
        <source>Tegenbod VWS</source>
        <translation>VWS counter-offer</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="259"/>
        <source>Verloop</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="283"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="289"/>
        <source>Effectieve korting op de vraagprijs</source>
        <translation>Effective discount on the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="338"/>
        <source>Nog geen biedingen in dit dossier</source>
        <translation>No bids in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="344"/>
        <source>Het advies heeft geen getal: er is geen drempellijn te tekenen</source>
        <translation>The advice has no number: there is no threshold line to draw</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="366"/>
        <source>ondergrens</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="375"/>
        <source>bovengrens</source>
        <translation>upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="385"/>
        <source>Advies = mandaat</source>
        <translation>Advice = mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="387"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="391"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="405"/>
        <source>Bandbreedte advies</source>
        <translation>Advice range</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="425"/>
        <source>(nog {days})</source>
        <translation>({days} to go)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/column_menu.py" line="37"/>
        <source>Rechtermuisknop: kies welke kolommen u ziet</source>
        <extracomment>Where the choice is kept; tests give their own.</extracomment>
        <translation>Right-click: choose which columns you see</translation>
    </message>
    <message>
        <location filename="../../ui/column_menu.py" line="77"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="47"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="54"/>
        <source>bijv. 1-10-2025</source>
        <translation>e.g. 1-10-2025</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="107"/>
        <source>Vul een datum in, bijv. 1-10-2025</source>
        <translation>Enter a date, e.g. 1-10-2025</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="114"/>
        <source>Die dag bestaat niet</source>
        <translation>That day does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="115"/>
        <source>Geen datum: typ bijv. 1-10-2025 of 1 okt 2025</source>
        <translation>Not a date: type e.g. 1-10-2025 or 1 Oct 2025 (day first)</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="52"/>
        <source>Geneesmiddel</source>
        <extracomment>the &quot;ends in&quot; cell from 6 months before the end (amber, as a warning; dark text on it)</extracomment>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="53"/>
        <source>Indicatie</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="54"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="55"/>
        <source>Laatste bod</source>
        <translation>Last bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="56"/>
        <source>Einde over</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="60"/>
        <source>Indiening</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="62"/>
        <source>Onderhandeling</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="63"/>
        <source>Akkoord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="64"/>
        <source>Sluis gecontinueerd</source>
        <translation>Lock continued</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="65"/>
        <source>Herbeoordeling</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="66"/>
        <source>Geen akkoord</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="67"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="72"/>
        <source>✓ voldoet</source>
        <extracomment>Verdict code → the words shown (a sign plus text: never colour alone).</extracomment>
        <translation>✓ meets</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="73"/>
        <source>✗ voldoet niet</source>
        <translation>✗ does not meet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="74"/>
        <source>≈ hangt af</source>
        <translation>≈ depends</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="75"/>
        <source>? oordeel nodig</source>
        <translation>? judgement needed</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="94"/>
        <source>geen bod</source>
        <extracomment>Verdict code → a soft background; the text stays dark for contrast. Extra roles: the value to sort on, and the Dossier behind the row.</extracomment>
        <translation>no bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="211"/>
        <source>— geen berekening</source>
        <translation>— no calculation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="216"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="218"/>
        <source>loopt af over %1</source>
        <translation>ends in %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="239"/>
        <source>Nog geen bod in dit dossier</source>
        <translation>No bid in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="241"/>
        <source>Laatste bod (%1, ronde %2) tegen het mandaat</source>
        <translation>Last bid (%1, round %2) against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="249"/>
        <source>Het arrangement van het laatste bod loopt tot %1</source>
        <translation>The arrangement of the last bid runs until %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="253"/>
        <source>Minder dan 6 maanden te gaan: tijd om over verlenging te praten</source>
        <translation>Less than 6 months to go: time to talk about renewal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="260"/>
        <source>Geen bod</source>
        <translation>No bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="261"/>
        <source>Het laatste bod heeft geen startdatum</source>
        <translation>The last bid has no start date</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Nota aan de minister — contactgegevens gelakt</source>
        <translation>Memo to the minister — contact details redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>Intern — niets gelakt</source>
        <translation>Internal — nothing redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="90"/>
        <source>Openbaar (Woo) — alle niet-openbare gegevens gelakt</source>
        <translation>Public (Woo) — all non-public data redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Word-document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="112"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Word-documenten (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="127"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="141"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="162"/>
        <source>Wat wordt gelakt</source>
        <extracomment>QSettings key of the ministry&apos;s logo: a *path* (the logo is not confidential and is never copied into the vault).</extracomment>
        <translation>What is redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="163"/>
        <source>Grond</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="164"/>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="165"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>alle %1</source>
        <translation>all %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="325"/>
        <source>Exporteren — Mandaat</source>
        <extracomment>The preview of the current choices is shown (made on a worker): see :attr:`ready`. Everything the export reads, from a snapshot of the vault read on a worker (all bids: hundreds of milliseconds at tens of thousands); None until it arrived. what the asked preview needs computed ((preview, *args)), None when nothing closed or locked: nothing more is read, computed or exported</extracomment>
        <translation>Export — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="365"/>
        <source>leeg: het kenmerk van de nota (%1)</source>
        <translation>empty: the memo&apos;s reference (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="384"/>
        <source>Exporteren met lekcontrole</source>
        <translation>Export with leak check</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="391"/>
        <source>Gelakte gegevens komen nooit in het bestand: ze worden vervangen door een vak met de weigeringsgrond. Daarna zoekt de lekcontrole elke gelakte waarde in elk bestand; pas als er niets gevonden is, wordt weggeschreven.</source>
        <translation>Redacted data never enter the file: they are replaced by a box with the ground for refusal. The leak check then searches every file for every redacted value; only when nothing is found is anything written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="402"/>
        <source>Wat exporteren</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="408"/>
        <source>&amp;Nota over het geselecteerde dossier</source>
        <translation>&amp;Memo on the selected dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="411"/>
        <source>&amp;Woo-pakket: per dossier een gelakte samenvatting (PDF) en de inventarislijst</source>
        <translation>&amp;Woo package: a redacted summary (PDF) per dossier and the inventory list</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="425"/>
        <source>geen dossier geselecteerd — kies er een in de lijst</source>
        <translation>no dossier selected — choose one in the list</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="430"/>
        <source>Dossier van de nota</source>
        <translation>Dossier of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="432"/>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="437"/>
        <source>Publiek van de nota</source>
        <translation>Audience of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="439"/>
        <source>&amp;Publiek:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="444"/>
        <source>Bestandsformaat van de nota</source>
        <translation>File format of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="446"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="449"/>
        <source>optioneel, bijvoorbeeld 4123456-1078901-GMT</source>
        <translation>optional, for example 4123456-1078901-GMT</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="455"/>
        <source>Kenmerk van de nota</source>
        <translation>Reference of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="457"/>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="462"/>
        <location filename="../../ui/export_dialog.py" line="624"/>
        <source>Logo van het ministerie</source>
        <translation>Ministry&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="464"/>
        <source>&amp;Logo…</source>
        <translation>&amp;Logo…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="466"/>
        <source>Logo van het ministerie kiezen</source>
        <translation>Choose the ministry&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="469"/>
        <source>Logo weg&amp;halen</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="471"/>
        <source>Logo weghalen: nota zonder logo</source>
        <translation>Remove logo: memo without a logo</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="477"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="488"/>
        <source>Dossiers in het Woo-pakket</source>
        <translation>Dossiers in the Woo package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="500"/>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="501"/>
        <source>&amp;Geen</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="515"/>
        <location filename="../../ui/export_dialog.py" line="726"/>
        <source>Voorbeeld: wat wordt gelakt</source>
        <translation>Preview: what is redacted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="525"/>
        <source>Wat wordt gelakt en op welke grond</source>
        <translation>What is redacted and on which ground</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="548"/>
        <source>Resultaat van de lekcontrole</source>
        <translation>Result of the leak check</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="561"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="567"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="611"/>
        <source>geen (de nota zonder logo)</source>
        <translation>none (the memo without a logo)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="684"/>
        <source>Het voorbeeld wordt gemaakt: de kluis wordt gelezen…</source>
        <translation>Making the preview: reading the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>Intern: niets wordt gelakt. Paragraaf 5 van de nota noemt wel wat bij openbaarmaking gelakt zou worden.</source>
        <extracomment>What each audience&apos;s preview means (shown above the list).</extracomment>
        <translation>Internal: nothing is redacted. Section 5 of the memo does list what would be redacted on publication.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>Nota aan de minister: alleen e-mailadressen en telefoonnummers worden gelakt. Paragraaf 5 noemt wat bij openbaarmaking gelakt zou worden.</source>
        <translation>Memo to the minister: only e-mail addresses and phone numbers are redacted. Section 5 lists what would be redacted on publication.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Openbaar: elk niet-openbaar gegeven wordt vervangen door een vak met de weigeringsgrond.</source>
        <translation>Public: every non-public item is replaced by a box with the ground for refusal.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="692"/>
        <source>%1 in het pakket. Beweeg over een regel voor het artikel en de motivering.</source>
        <translation>%1 in the package. Hover over a line for the article and the motivation.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="698"/>
        <source>Kies ten minste één dossier.</source>
        <translation>Choose at least one dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="700"/>
        <source>Selecteer eerst een dossier in de lijst van het hoofdvenster.</source>
        <translation>First select a dossier in the main window&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="759"/>
        <source>In dit document wordt niets gelakt.</source>
        <translation>Nothing is redacted in this document.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="722"/>
        <source>Voorbeeld: wat wordt gelakt (%1)</source>
        <translation>Preview: what is redacted (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="711"/>
        <source>Het voorbeeld wordt bijgewerkt…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="814"/>
        <source>Nota %1 %2 %3</source>
        <translation>Memo %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="820"/>
        <source>Woo-pakket %1</source>
        <translation>Woo package %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="829"/>
        <source>Nota opslaan als</source>
        <translation>Save memo as</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="833"/>
        <source>Map voor het Woo-pakket</source>
        <translation>Folder for the Woo package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="852"/>
        <source>Opmaken en lekcontrole…</source>
        <translation>Rendering and leak check…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="853"/>
        <source>Lekcontrole geslaagd — bestanden plaatsen…</source>
        <translation>Leak check passed — placing the files…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="914"/>
        <source>✗ De vermelding in het logboek kon niet worden opgeslagen (%1); er is niets weggeschreven.</source>
        <translation>✗ The log entry could not be saved (%1); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="928"/>
        <source>✓ Lekcontrole geslaagd: geen enkele gelakte waarde gevonden in %1 bestand(en).</source>
        <translation>✓ Leak check passed: no redacted value found in %1 file(s).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="932"/>
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="942"/>
        <source>Export geannuleerd: er is niets weggeschreven.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="951"/>
        <source>✗ De lekcontrole heeft de export tegengehouden: de waarde van ‘%1’ stond in %2 (%3); %4 treffer(s). Er is niets weggeschreven.</source>
        <translation>✗ The leak check stopped the export: the value of ‘%1’ was in %2 (%3); %4 hit(s). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="966"/>
        <source>✗ Schrijven mislukt: %1. Er is niets weggeschreven.</source>
        <translation>✗ Writing failed: %1. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <location filename="../../ui/words.py" line="771"/>
        <source>Logo: {detail}; niets weggeschreven</source>
        <extracomment>The export&apos;s refusals (:mod:`mandaat.export.messages`), listed for lupdate; the window shows them in its language (``tests/test_ui_words.py`` checks none is missing).</extracomment>
        <translation>Logo: {detail}; nothing written</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="772"/>
        <source>Lekcontrole: {file} bevat de waarde van &apos;{field}&apos; ({where}); niets weggeschreven</source>
        <translation>Leak check: {file} holds the value of &apos;{field}&apos; ({where}); nothing written</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="776"/>
        <source>Lekcontrole: {count} treffer(s) in {outdir}</source>
        <translation>Leak check: {count} hit(s) in {outdir}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="777"/>
        <source>{path}: kies een bestandsnaam die eindigt op .docx of .pdf</source>
        <translation>{path}: choose a file name ending in .docx or .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="781"/>
        <source>{path}: de map bestaat al en is niet leeg; kies een nieuwe map</source>
        <translation>{path}: the folder already exists and is not empty; choose a new folder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="785"/>
        <source>&apos;{name}&apos; past op meer dan één dossier (id {ids}); geef het dossier-id op</source>
        <translation>&apos;{name}&apos; matches more than one dossier (id {ids}); give the dossier id</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="789"/>
        <source>Classificatie: {detail}</source>
        <translation>Classification: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="790"/>
        <source>Geen dossiers om te exporteren</source>
        <translation>No dossiers to export</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="791"/>
        <source>{path}: geen map en geen exportbestand</source>
        <translation>{path}: not a folder and not an export file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="792"/>
        <source>{path}: de map bevat geen bestanden; er valt niets te controleren</source>
        <translation>{path}: the folder holds no files; there is nothing to check</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="801"/>
        <source>niet te lezen</source>
        <extracomment>Why a logo file is refused (:class:`mandaat.export.render_pdf.LogoError`&apos;s ``reason``).</extracomment>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="802"/>
        <source>geen bestand van hoogstens 5 MB</source>
        <translation>not a file of at most 5 MB</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="803"/>
        <source>geen PNG- of JPEG-afbeelding</source>
        <translation>not a PNG or JPEG image</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="65"/>
        <source>Handleiding — Mandaat</source>
        <extracomment>Widest an image in the guide is drawn (the screenshots are 1366 px wide).</extracomment>
        <translation>User guide — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>Gebruikershandleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="80"/>
        <source>De handleiding is niet gevonden bij dit programma (%1).</source>
        <translation>The user guide was not found with this program (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="95"/>
        <location filename="../../ui/help.py" line="188"/>
        <source>&amp;Sluiten</source>
        <extracomment>Images of the guide found and drawn (the self-test reports it).</extracomment>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="155"/>
        <source>Sneltoetsen — Mandaat</source>
        <translation>Keyboard shortcuts — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="160"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>Opdracht</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="164"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="165"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="179"/>
        <source>In de tabel met biedingen: Enter bewerkt het gekozen bod, Delete verwijdert het. Alt met de onderstreepte letter kiest een veld of knop.</source>
        <translation>In the bids table: Enter edits the selected bid, Delete deletes it. Alt with the underlined letter picks a field or button.</translation>
    </message>
    <message>
        <location filename="../../ui/reveal.py" line="37"/>
        <location filename="../../ui/reveal.py" line="50"/>
        <source>Toon wachtwoord</source>
        <translation>Show password</translation>
    </message>
    <message>
        <location filename="../../ui/reveal.py" line="42"/>
        <source>Toon of verberg wat u typt (Ctrl+H)</source>
        <translation>Show or hide what you type (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/reveal.py" line="48"/>
        <source>Verberg wachtwoord</source>
        <translation>Hide password</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../ui/words.py" line="601"/>
        <source>geen geldig bedrag of getal (bijvoorbeeld 104.000,50)</source>
        <extracomment>The import&apos;s Dutch problem and whole-file messages (:mod:`mandaat.importing.messages`), listed for lupdate; the window shows them in its language. Checked complete by ``tests/test_ui_words.py``.</extracomment>
        <translation>not a valid amount or number (for example 104.000,50)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="602"/>
        <source>bedrag mag niet negatief zijn</source>
        <translation>an amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="603"/>
        <source>getal te groot (zestien cijfers of meer voor de komma)</source>
        <translation>number too large (sixteen digits or more before the decimal point)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="604"/>
        <source>geen geldig percentage (bijvoorbeeld 68,5%)</source>
        <translation>not a valid percentage (for example 68,5%)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="605"/>
        <source>onduidelijk percentage: een getal tussen 0 en 1 kan een fractie of een percentage zijn; schrijf het percentage met een %-teken (bijvoorbeeld 68,5%)</source>
        <translation>unclear percentage: a number between 0 and 1 can be a fraction or a percentage; write the percentage with a % sign (for example 68,5%)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="609"/>
        <source>korting moet tussen 0 en 100% liggen</source>
        <translation>a discount must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="610"/>
        <source>geen geldig geheel getal</source>
        <translation>not a valid whole number</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="611"/>
        <source>getal moet minstens {minimum} zijn</source>
        <translation>the number must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="612"/>
        <source>geen geldige looptijd in jaren</source>
        <translation>not a valid duration in years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="613"/>
        <source>looptijd moet groter dan 0 jaar zijn</source>
        <translation>the duration must be more than 0 years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="614"/>
        <source>geen geldige datum (schrijf dag-maand-jaar, bijvoorbeeld 1-4-2026)</source>
        <translation>not a valid date (write day-month-year, for example 1-4-2026)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="618"/>
        <source>deze datum bestaat niet</source>
        <translation>this date does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="619"/>
        <source>partij moet &apos;leverancier&apos; of &apos;VWS&apos; zijn</source>
        <translation>the party must be &apos;leverancier&apos; or &apos;VWS&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="620"/>
        <source>de tekst bevat een onzichtbaar stuurteken of een teken dat de schrijfrichting omkeert ({char}); verwijder het</source>
        <translation>the text holds an invisible control character or a character that reverses the writing direction ({char}); remove it</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="624"/>
        <source>formule zonder berekende waarde; open het bestand in Excel, sla het op en importeer opnieuw</source>
        <translation>a formula without a computed value; open the file in Excel, save it and import again</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="628"/>
        <source>de cel bevat een Excel-foutwaarde</source>
        <translation>the cell holds an Excel error value</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="629"/>
        <source>geneesmiddel ontbreekt</source>
        <translation>the medicine is missing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="630"/>
        <source>datum van het bod ontbreekt</source>
        <translation>the date of the bid is missing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="631"/>
        <source>bod zonder voorwaarden: vul korting, nettoprijs, uitgavenplafond of staffel in</source>
        <translation>bid without terms: fill in discount, net price, spending cap or tiers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="635"/>
        <source>kolom &apos;{header}&apos; ontbreekt; het blad is overgeslagen</source>
        <translation>column &apos;{header}&apos; is missing; the sheet was skipped</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="636"/>
        <source>onbekend geneesmiddel: geen dossier in de kluis of in dit bestand</source>
        <translation>unknown medicine: no dossier in the vault or in this file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="640"/>
        <source>geen dossier van {drug} voor deze indicatie (bekende indicaties: {known})</source>
        <translation>no dossier of {drug} for this indication (known indications: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="644"/>
        <source>{drug} heeft meerdere dossiers ({known}); vul de indicatie in zoals in het dossier</source>
        <translation>{drug} has several dossiers ({known}); fill in the indication as in the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="648"/>
        <source>dossier bestaat al met andere gegevens (in de kluis: {stored}); een import overschrijft niets — wijzig het dossier in Mandaat</source>
        <translation>the dossier already exists with other details (in the vault: {stored}); an import overwrites nothing — change the dossier in Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="652"/>
        <source>blad {other_sheet}, rij {other_row} geeft voor hetzelfde dossier een andere waarde ({stored})</source>
        <translation>sheet {other_sheet}, row {other_row} gives another value for the same dossier ({stored})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="656"/>
        <source>vereiste prijsverlaging niet herkend: {reason}</source>
        <translation>required price reduction not recognised: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="657"/>
        <source>nettoprijs ligt boven de vraagprijs van het dossier (€ {asking})</source>
        <translation>the net price is above the dossier&apos;s asking price (€ {asking})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="661"/>
        <source>looptijd moet een geheel aantal jaren zijn (bijvoorbeeld 3)</source>
        <translation>the duration must be a whole number of years (for example 3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="665"/>
        <source>datum ligt meer dan een jaar in de toekomst (tikfout?)</source>
        <translation>the date is more than a year in the future (a typo?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="666"/>
        <source>het bestand bestaat niet</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="667"/>
        <source>het bestand kan niet worden gelezen</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="668"/>
        <source>het bestand is te groot (meer dan {limit_mb} MB)</source>
        <translation>the file is too big (more than {limit_mb} MB)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="669"/>
        <source>dit is geen Excel-werkmap (.xlsx of .xlsm)</source>
        <translation>this is not an Excel workbook (.xlsx or .xlsm)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="670"/>
        <source>het bestand is onvolledig of beschadigd (afgebroken download?)</source>
        <translation>the file is incomplete or damaged (an interrupted download?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="674"/>
        <source>het bestand is beschadigd en kan niet worden gelezen</source>
        <translation>the file is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="675"/>
        <source>dit bestandsformaat ({format}) wordt niet ondersteund; sla het in Excel op als .xlsx</source>
        <translation>this file format ({format}) is not supported; save it in Excel as .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="679"/>
        <source>de werkmap is met een wachtwoord beveiligd; geef het wachtwoord op</source>
        <translation>the workbook is protected with a password; give the password</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="683"/>
        <source>het wachtwoord is onjuist</source>
        <translation>the password is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="684"/>
        <source>het bestand bevat te veel onderdelen ({count}); geweigerd</source>
        <translation>the file holds too many parts ({count}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="688"/>
        <source>het bestand pakt uit tot te veel gegevens; geweigerd</source>
        <translation>the file unpacks to too much data; refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="689"/>
        <source>het bestand is verdacht sterk gecomprimeerd (zipbom?); geweigerd</source>
        <translation>the file is suspiciously highly compressed (a zip bomb?); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="693"/>
        <source>het bestand bevat onveilige XML (DOCTYPE/entiteiten); geweigerd</source>
        <translation>the file holds unsafe XML (DOCTYPE/entities); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="697"/>
        <source>blad {sheet} heeft meer dan {limit} rijen</source>
        <translation>sheet {sheet} has more than {limit} rows</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="698"/>
        <source>het bestand is beschadigd: onderdeel {entry} heeft geen geldige naam; geweigerd</source>
        <translation>the file is damaged: part {entry} has no valid name; refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="702"/>
        <source>het werkboek is geweigerd: het vraagt meer geheugen dan toegestaan</source>
        <translation>the workbook was refused: it needs more memory than allowed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="706"/>
        <source>het werkboek is geweigerd: het lezen duurt langer dan toegestaan</source>
        <translation>the workbook was refused: reading it takes longer than allowed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="710"/>
        <source>het werkboek kon niet worden gelezen</source>
        <translation>the workbook could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="711"/>
        <source>geen blad met herkenbare kolomkoppen gevonden (verwacht de koppen van het sjabloon, bijvoorbeeld Geneesmiddel, Datum, Korting (%))</source>
        <translation>no sheet with recognisable column headers found (expected the template&apos;s headers, for example Geneesmiddel, Datum, Korting (%))</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="715"/>
        <source>staffelsoort onbekend: schrijf &apos;per schijf&apos; (alleen eenheden boven de drempel) of &apos;alle eenheden&apos;</source>
        <translation>unknown tier kind: write &apos;per schijf&apos; (only units above the threshold) or &apos;alle eenheden&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="719"/>
        <source>staffel niet te lezen: schrijf drempel (patiënten per jaar) en korting, bijvoorbeeld 100: 40%; 200: 50%</source>
        <translation>tiers cannot be read: write threshold (patients per year) and discount, for example 100: 40%; 200: 50%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="723"/>
        <source>staffel: de drempel {threshold} staat er twee keer in</source>
        <translation>tiers: the threshold {threshold} appears twice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="725"/>
        <source>productbreed: schrijf &apos;ja&apos; of &apos;nee&apos;</source>
        <translation>product-wide: write &apos;ja&apos; (yes) or &apos;nee&apos; (no)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="726"/>
        <source>een productbreed bod vraagt een product bij het dossier: vul de kolom Product in op het blad Dossiers</source>
        <translation>a product-wide bid needs a product in the dossier: fill in the Product column on the Dossiers sheet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="730"/>
        <source>een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: leg het plafond per indicatie vast</source>
        <translation>a product-wide bid with a spending cap is not divided per indication: set the cap per indication</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="734"/>
        <source>een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: geef een korting</source>
        <translation>a product-wide bid with a net price per patient does not fit every indication: give a discount</translation>
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
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)</source>
        <extracomment>How often a wrong password may be tried before the wizard gives up on the file.</extracomment>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>Beveiligde werkmap</source>
        <extracomment>``ask(parent, file name, wrong)`` → the password, or None when the user cancels.</extracomment>
        <translation>Protected workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>De werkmap %1 is met een wachtwoord beveiligd.</source>
        <translation>The workbook %1 is protected with a password.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="104"/>
        <source>Het wachtwoord is onjuist.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="107"/>
        <source>Wachtwoord (wordt niet bewaard):</source>
        <translation>Password (not kept):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="115"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="116"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="207"/>
        <source>Importeren uit Excel — Mandaat</source>
        <translation>Import from Excel — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="221"/>
        <source>Dossiers en biedingen importeren uit een Excel-werkmap</source>
        <translation>Import dossiers and bids from an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>Alles of niets: bij één probleem wordt niets opgeslagen. Een bestaand dossier wordt alleen aangevuld, nooit overschreven; een bod dat er al is wordt overgeslagen.</source>
        <translation>All or nothing: with a single problem nothing is stored. An existing dossier is only completed, never overwritten; a bid that is already there is skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="243"/>
        <source>&amp;Werkmap:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="247"/>
        <source>nog geen werkmap gekozen</source>
        <translation>no workbook chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="250"/>
        <source>Gekozen werkmap</source>
        <translation>Chosen workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="254"/>
        <source>&amp;Kies werkmap…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="257"/>
        <source>Kies een Excel-werkmap om te importeren</source>
        <translation>Choose an Excel workbook to import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>&amp;Opnieuw controleren</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>Lees dezelfde werkmap opnieuw, bijvoorbeeld nadat u hem in Excel verbeterde</source>
        <translation>Read the same workbook again, for example after correcting it in Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="280"/>
        <source>Samenvatting van de controle</source>
        <translation>Summary of the check</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="287"/>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="292"/>
        <source>Rijen in de werkmap</source>
        <translation>Rows in the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="319"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="323"/>
        <source>Importeer alle rijen</source>
        <translation>Import all rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="327"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="354"/>
        <source>Kies een Excel-werkmap (.xlsx) met de bladen Dossiers en/of Biedingen, bijvoorbeeld het sjabloon van ‘mandaat template’.</source>
        <translation>Choose an Excel workbook (.xlsx) with the sheets Dossiers and/or Biedingen, for example the template from ‘mandaat template’.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>Werkmap kiezen om te importeren</source>
        <translation>Choose a workbook to import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="420"/>
        <source>Bezig met lezen van %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="426"/>
        <location filename="../../ui/import_wizard.py" line="436"/>
        <source>Werkmap lezen…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="427"/>
        <source>Rijen controleren…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>Eerdere wijzigingen konden niet worden opgeslagen: %1. Er is niets geïmporteerd.</source>
        <translation>Earlier changes could not be saved: %1. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="458"/>
        <source>Bezig met opslaan in de kluis…</source>
        <translation>Storing in the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="464"/>
        <location filename="../../ui/import_wizard.py" line="465"/>
        <source>Opslaan…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="486"/>
        <source>Import geannuleerd: er is niets opgeslagen.</source>
        <translation>Import cancelled: nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="497"/>
        <source>Controle geannuleerd; er is niets opgeslagen.</source>
        <translation>Check cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509"/>
        <source>Import geweigerd: de werkmap heeft problemen; er is niets opgeslagen.</source>
        <translation>Import refused: the workbook has problems; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="517"/>
        <source>De import staat in de kluis, maar opslaan op schijf mislukte: %1. </source>
        <translation>The import is in the vault, but saving to disk failed: %1. </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Mandaat probeert bij de volgende wijziging opnieuw op te slaan.</source>
        <translation>Mandaat will try to save again with the next change.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="547"/>
        <source>%1: beveiligd met een wachtwoord; niet gelezen.</source>
        <translation>%1: protected with a password; not read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="565"/>
        <source>Problemen (%1) — gemarkeerd in het voorbeeld</source>
        <translation>Problems (%1) — marked in the preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="571"/>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>%1 geweigerd</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="582"/>
        <source>%1: 1 probleem</source>
        <translation>%1: 1 problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="584"/>
        <source>%1: %2 problemen</source>
        <translation>%1: %2 problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="589"/>
        <source>de import wordt geweigerd zolang er problemen zijn; er is niets opgeslagen. Verbeter de werkmap en kies Opnieuw controleren.</source>
        <translation>the import is refused as long as there are problems; nothing was stored. Correct the workbook and choose Check again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="601"/>
        <source>✓ %1: geen problemen, maar niets nieuws — alles is al aanwezig.</source>
        <translation>✓ %1: no problems, but nothing new — everything is already there.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="611"/>
        <source>✓ %1: geen problemen. Kies Importeren om alles op te slaan.</source>
        <translation>✓ %1: no problems. Choose Import to store everything.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>Dossiers: %1 nieuw, %2 aangevuld, %3 al aanwezig · biedingen: %4 nieuw, %5 al aanwezig</source>
        <translation>Dossiers: %1 new, %2 completed, %3 already there · bids: %4 new, %5 already there</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="648"/>
        <source>✓ Niets nieuws in %1; er is niets opgeslagen.</source>
        <translation>✓ Nothing new in %1; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="654"/>
        <source>✓ Geïmporteerd uit %1: dossiers %2 nieuw, %3 aangevuld; biedingen %4 nieuw; %5 al aanwezig.</source>
        <translation>✓ Imported from %1: dossiers %2 new, %3 completed; bids %4 new; %5 already there.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="665"/>
        <source>Het logboek vermeldt de import. Een import kan niet ongedaan worden gemaakt.</source>
        <translation>The audit log records the import. An import cannot be undone.</translation>
    </message>
</context>
<context>
    <name>IndicationsModel</name>
    <message>
        <location filename="../../ui/analysis_models.py" line="265"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="266"/>
        <source>Indicatie</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="268"/>
        <source>Effectieve korting</source>
        <translation>Effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="269"/>
        <source>De korting van dit bod op deze indicatie, scenario verwacht</source>
        <translation>This bid&apos;s discount on this indication, expected scenario</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="274"/>
        <source>Oordeel mandaat</source>
        <translation>Mandate verdict</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="275"/>
        <source>Het oordeel tegen het eigen mandaat van deze indicatie</source>
        <translation>The verdict against this indication&apos;s own mandate</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="315"/>
        <source>geen mandaat</source>
        <translation>no mandate</translation>
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
        <location filename="../../ui/log_tab.py" line="146"/>
        <source>✓ Logboek intact: %1, de keten van controlegetallen klopt.</source>
        <translation>✓ Log intact: %1, the chain of check values holds.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="153"/>
        <source>✗ Het logboek is NIET intact vanaf regel %1.</source>
        <translation>✗ The audit log is NOT intact from entry %1 on.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/workspace.py" line="80"/>
        <source>DEMO — de dossiers gebruiken openbare cijfers; alle biedingen, mandaten en personen zijn FICTIEF. De demo-kluis wordt bij afsluiten gewist.</source>
        <translation>DEMO — the dossiers use public figures; all bids, mandates and people are FICTITIOUS. The demo vault is erased on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="89"/>
        <source>Demo: fictieve gegevens</source>
        <translation>Demo: fictitious data</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="102"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="119"/>
        <source>&amp;Advies &amp;&amp; mandaat</source>
        <translation>&amp;Advice &amp;&amp; mandate</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="124"/>
        <source>Bie&amp;dingen</source>
        <translation>&amp;Bids</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="126"/>
        <source>&amp;Verloop</source>
        <translation>P&amp;rogress</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="128"/>
        <source>&amp;Nota</source>
        <translation>&amp;Memo</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="130"/>
        <source>&amp;Logboek</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="147"/>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="150"/>
        <source>merk, stof, indicatie of leverancier</source>
        <translation>brand, substance, indication or supplier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="152"/>
        <source>Zoek een dossier</source>
        <translation>Search for a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="159"/>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="162"/>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="164"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="177"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="270"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Instellingen — Mandaat</source>
        <extracomment>Ask a question: (title, text, buttons as (label, role) pairs) → index of the choice. (code, name): each language is named in itself.</extracomment>
        <translation>Settings — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Automatisch vergrendelen na minuten zonder gebruik</source>
        <translation>Lock automatically after minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Vergrendel automatisch na</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Wordt van kracht bij de volgende start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Taal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Instellingen bevatten nooit een wachtwoord of een vertrouwelijk gegeven.</source>
        <translation>Settings never contain a passphrase or any confidential data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Status van de kluis</source>
        <extracomment>the vault is about to close (a lock, or quitting): views over it still exist; dialogs close or stop starting work now</extracomment>
        <translation>Vault status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Waarschuwing over de kluis</source>
        <translation>Warning about the vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source> FICTIEF </source>
        <translation> FICTITIOUS </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Fictieve demo-gegevens</source>
        <translation>Fictitious demo data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Verwijder dossier…</source>
        <translation>&amp;Delete dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Dossiers en biedingen uit Excel (Ctrl+I)</source>
        <translation>Dossiers and bids from Excel (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Nota of Woo-pakket, met lekcontrole (Ctrl+E)</source>
        <translation>Memo or Woo package, with leak check (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Ver&amp;grendel</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Vergrendel de kluis (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>&amp;Over Mandaat</source>
        <translation>&amp;About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>⚠ Niet opgeslagen</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>✓ Alles opgeslagen</source>
        <translation>✓ All saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>Er zijn niet-opgeslagen wijzigingen in een open bod. Mandaat bewaart ze alleen in het geheugen en zet ze terug als u deze kluis weer ontgrendelt; bij afsluiten of een andere kluis gaan ze verloren.</source>
        <translation>An open bid has unsaved changes. Mandaat keeps them in memory only and puts them back when you unlock this vault again; quitting or opening another vault discards them.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>Vergrendelen en bewaren</source>
        <translation>Lock and keep</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>Wachten tot het lopende werk stopt…</source>
        <translation>Waiting for the running work to stop…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Let op: de laatste wijziging kon niet worden opgeslagen. </source>
        <translation>Note: the last change could not be saved. </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639"/>
        <source>Een bod dat nog niet was opgeslagen, wordt alleen in het geheugen bewaard. Ontgrendel deze kluis om verder te gaan waar u was; bij afsluiten of een andere kluis vervalt het.</source>
        <translation>A bid that was not saved yet is kept in memory only. Unlock this vault to carry on where you were; quitting or opening another vault discards it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="697"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z zolang de kluis open is.</source>
        <translation>You can undo this with Ctrl+Z while the vault is open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <location filename="../../ui/main_window.py" line="729"/>
        <location filename="../../ui/main_window.py" line="915"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>DEMO (fictieve biedingen) — Mandaat</source>
        <extracomment>Qt adds &quot; — Mandaat&quot; (the application&apos;s display name) to every window title that does not end with it; the titles here name the application once, at the end.</extracomment>
        <translation>DEMO (fictitious bids) — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>In&amp;stellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <source>Dossier %1 verwijderen, met %2?

</source>
        <translation>Delete dossier %1, with %2?

</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="760"/>
        <location filename="../../ui/main_window.py" line="929"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="763"/>
        <source>De wijziging staat wel in het geheugen. Mandaat probeert bij de volgende wijziging en bij afsluiten opnieuw op te slaan.</source>
        <translation>The change is kept in memory. Mandaat tries to save again with the next change and on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="828"/>
        <source>De nieuwe taal wordt gebruikt vanaf de volgende start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>&amp;Kluis-instellingen…</source>
        <translation>&amp;Vault settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856"/>
        <source>De demo heeft geen wachtwoord of herstelsleutel om te wijzigen.</source>
        <translation>The demo has no passphrase or recovery key to change.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="869"/>
        <source>Over Mandaat</source>
        <translation>About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="870"/>
        <source>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Vertrouwelijke prijsonderhandelingen over sluisgeneesmiddelen, versleuteld op deze computer.&lt;br&gt;&lt;br&gt;Ministerie van VWS — Buro Financiële Arrangementen Geneesmiddelen</source>
        <translation>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Confidential price negotiations on medicines in the lock procedure, encrypted on this computer.&lt;br&gt;&lt;br&gt;Ministry of Health, Welfare and Sport (VWS) — Buro Financiële Arrangementen Geneesmiddelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="900"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="901"/>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Wat wilt u doen?</source>
        <translation>The last changes could not be saved. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Wijzigingen verwerpen</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>NotaTab</name>
    <message>
        <location filename="../../ui/nota_tab.py" line="63"/>
        <source>a. Draagvlak politiek, maatschappelijk en eenduidige communicatie</source>
        <translation>a. Political and public support, and consistent communication</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="67"/>
        <source>b. Arbeidsmarkteffecten zorg- en welzijnsveld</source>
        <translation>b. Labour-market effects in health care and welfare</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="68"/>
        <source>c. Gevolgen administratieve lasten</source>
        <translation>c. Effects on administrative burden</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="71"/>
        <source>d. Financiële en personele gevolgen VWS en uitvoeringsorganisaties</source>
        <translation>d. Financial and staffing effects for VWS and implementing bodies</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="75"/>
        <source>e. Juridische aspecten haalbaarheid</source>
        <translation>e. Legal aspects and feasibility</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="76"/>
        <source>f. Afstemming</source>
        <translation>f. Coordination</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="77"/>
        <source>g. Toezeggingen</source>
        <translation>g. Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="78"/>
        <source>h. Fraudetoets</source>
        <translation>h. Fraud check</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="139"/>
        <source>Kop van de nota</source>
        <translation>Memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="143"/>
        <source>Volgens de fase</source>
        <translation>By phase</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="145"/>
        <source>TER BESLISSING</source>
        <translation>FOR DECISION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="148"/>
        <source>TER INFORMATIE</source>
        <translation>FOR INFORMATION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="150"/>
        <source>Soort nota</source>
        <translation>Kind of memo</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="151"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="153"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="155"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="160"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="158"/>
        <source>standaard: 12 dagen na de datum</source>
        <translation>default: 12 days after the date</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="163"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="166"/>
        <source>&amp;Kenmerk</source>
        <translation>Refere&amp;nce</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="168"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="172"/>
        <source>Opgesteld door</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="174"/>
        <source>standaard: de VWS-betrokkenen van het dossier</source>
        <translation>default: the dossier&apos;s VWS officials</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="177"/>
        <source>Namen gescheiden door een puntkomma; in een Woo-publicatie weggelakt (5.1.2e)</source>
        <translation>Names separated by a semicolon; redacted in a Woo release (5.1.2e)</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="183"/>
        <source>&amp;Opgesteld door</source>
        <translation>Drafted b&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="185"/>
        <source>De kopgegevens staan in de kluis; een leeg veld krijgt bij de export de standaardwaarde.</source>
        <translation>The header is stored in the vault; an empty field gets the default value on export.</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="198"/>
        <source>Melding bij de kop van de nota</source>
        <translation>Message about the memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="394"/>
        <source>De kop is niet opgeslagen: %1</source>
        <translation>The header was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="210"/>
        <source>4. Toelichting</source>
        <translation>4. Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="161"/>
        <source>Deadl&amp;ine</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="170"/>
        <source>Bi&amp;jlage(n)</source>
        <translation>Atta&amp;chment(s)</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="233"/>
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
        <location filename="../../ui/woo_grounds.py" line="526"/>
        <source>Standaardgrond he&amp;rstellen</source>
        <translation>Restore default gro&amp;und</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="529"/>
        <source>De gekozen rij krijgt weer de grond van haar klasse</source>
        <translation>The selected row gets the ground of its class again</translation>
    </message>
    <message>
        <location filename="../../ui/woo_grounds.py" line="541"/>
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
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/placeholder.py" line="19"/>
        <source>bijv. %1</source>
        <translation>e.g. %1</translation>
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
        <location filename="../../ui/progress.py" line="134"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <location filename="../../ui/analysis_models.py" line="145"/>
        <source>Aanname</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="146"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="148"/>
        <source>Oordeel mandaat</source>
        <translation>Mandate verdict</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="149"/>
        <source>Het oordeel in het verwachte scenario met deze ene aanname anders</source>
        <translation>The verdict in the expected scenario with only this assumption changed</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="153"/>
        <source>Effectieve korting</source>
        <translation>Effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="155"/>
        <source>Ander oordeel</source>
        <translation>Other verdict</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="156"/>
        <source>Geeft deze waarde een ander oordeel dan de basis?</source>
        <translation>Does this value give another verdict than the base?</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="161"/>
        <source>basis (zoals opgegeven)</source>
        <translation>base (as stated)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="162"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="163"/>
        <source>groei</source>
        <translation>growth</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="164"/>
        <source>P4P-non-respons</source>
        <translation>P4P non-response</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="165"/>
        <source>looptijd</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="168"/>
        <source>{v}% van verwacht</source>
        <translation>{v}% of expected</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="169"/>
        <source>{v}% per jaar</source>
        <translation>{v}% a year</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="170"/>
        <source>{v}% niet-reageerders</source>
        <translation>{v}% non-responders</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="171"/>
        <source>{v} jaar</source>
        <translation>{v} years</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="219"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="221"/>
        <source>nee</source>
        <translation>no</translation>
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
        <location filename="../../ui/unlock.py" line="56"/>
        <source>Mandaat-kluis (*.mandaat)</source>
        <extracomment>codes of an open refused because this computer saw a newer state of the vault</extracomment>
        <translation>Mandaat vault (*.mandaat)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="106"/>
        <source>⚠ TESTKLUIS: sleutelafleiding onder RFC 9106</source>
        <translation>⚠ TEST VAULT: key derivation below RFC 9106</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="109"/>
        <source>ALLEEN LEZEN (oudere stand)</source>
        <translation>READ-ONLY (older state)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>Kies een wachtwoord: een zin van vier of meer woorden werkt goed.</source>
        <translation>Choose a passphrase: a sentence of four or more words works well.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="121"/>
        <source>Zwak: te kort. Kies een zin van vier of meer woorden.</source>
        <translation>Weak: too short. Choose a sentence of four or more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>Redelijk: maak het langer, bijvoorbeeld met nog een paar woorden.</source>
        <translation>Fair: make it longer, for example with a few more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Goed. Nog langer is nog beter.</source>
        <translation>Good. Longer is even better.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130"/>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="155"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="214"/>
        <source>Mandaat</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="222"/>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="231"/>
        <location filename="../../ui/unlock.py" line="384"/>
        <location filename="../../ui/unlock.py" line="620"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="241"/>
        <source>Gebruik de herstelsleutel</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="247"/>
        <source>Met deze &amp;computer</source>
        <translation>With this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="250"/>
        <source>Ontgrendel met de sleutelbos van deze computer</source>
        <translation>Unlock with this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="253"/>
        <source>Ontgrendel met de sleutel in de sleutelbos van het systeem</source>
        <translation>Unlock with the key in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="260"/>
        <source>&amp;Ontgrendel</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="262"/>
        <source>Ontgrendel</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="268"/>
        <source>Demo &amp;ontgrendelen</source>
        <translation>&amp;Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="270"/>
        <source>Demo ontgrendelen</source>
        <translation>Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="285"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="294"/>
        <location filename="../../ui/unlock.py" line="329"/>
        <source>&amp;Andere kluis openen…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297"/>
        <source>Andere kluis openen</source>
        <translation>Open another vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="301"/>
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="305"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="336"/>
        <source>Mandaat — demo</source>
        <translation>Mandaat — demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="338"/>
        <source>De demo-kluis is vergrendeld. Alle biedingen erin zijn FICTIEF.</source>
        <translation>The demo vault is locked. All bids in it are FICTITIOUS.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="343"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="345"/>
        <location filename="../../ui/unlock.py" line="878"/>
        <source>Kluis: </source>
        <translation>Vault: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="350"/>
        <source>Welkom bij Mandaat</source>
        <translation>Welcome to Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="352"/>
        <source>Mandaat bewaart dossiers en biedingen versleuteld in één kluisbestand op deze computer. Maak een nieuwe kluis, of open een bestaande.</source>
        <translation>Mandaat keeps dossiers and bids encrypted in a single vault file on this computer. Create a new vault, or open an existing one.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="379"/>
        <location filename="../../ui/unlock.py" line="816"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="403"/>
        <location filename="../../ui/unlock.py" line="476"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="415"/>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="417"/>
        <source>Vul het wachtwoord in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="483"/>
        <source>Dit kan een teruggezette reservekopie zijn, of iemand heeft een oudere kluis teruggezet. Alleen lezen wijzigt niets; aanvaarden maakt deze stand de nieuwste op deze computer.</source>
        <translation>This may be a restored backup, or someone put back an older vault. Read-only changes nothing; accepting makes this state the newest on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="491"/>
        <source>Alleen lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="495"/>
        <source>Aanvaarden (bewust teruggezet)</source>
        <translation>Accept (deliberately restored)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="499"/>
        <location filename="../../ui/unlock.py" line="522"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="511"/>
        <source>Een kluis van deze computer kost minder dan een seconde. Alleen doorgaan als u deze kluis vertrouwt.</source>
        <translation>A vault made on this computer takes less than a second. Only go on if you trust this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="518"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="573"/>
        <source>Nieuwe kluis — Mandaat</source>
        <translation>New vault — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="586"/>
        <source>De kluis is één versleuteld bestand. Zonder wachtwoord of herstelsleutel kan niemand hem openen — ook de beheerder niet.</source>
        <translation>The vault is a single encrypted file. Without the passphrase or the recovery key nobody can open it — not even the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="599"/>
        <source>Bestand van de kluis</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="602"/>
        <source>Kies waar de kluis komt</source>
        <translation>Choose where the vault goes</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="228"/>
        <location filename="../../ui/unlock.py" line="383"/>
        <location filename="../../ui/unlock.py" line="623"/>
        <source>Wachtwoor&amp;d</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Gebruik de he&amp;rstelsleutel</source>
        <translation>Use the &amp;recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>Bestaande kluis &amp;openen…</source>
        <translation>&amp;Open an existing vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="378"/>
        <source>Herstel&amp;sleutel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="606"/>
        <source>B&amp;laderen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="609"/>
        <source>Bladeren naar een plek voor de kluis</source>
        <translation>Browse for a place for the vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="614"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="629"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="634"/>
        <source>Advies over het wachtwoord</source>
        <translation>Passphrase advice</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="643"/>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="646"/>
        <source>&amp;Herhaal</source>
        <translation>R&amp;epeat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="649"/>
        <source>&amp;Onthoud op deze computer</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="651"/>
        <source>Onthoud op deze computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="659"/>
        <source>De sleutel komt in de beveiligde sleutelbos van het systeem</source>
        <translation>The key goes into the system&apos;s secure keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="666"/>
        <source>Niet beschikbaar: </source>
        <translation>Not available: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="673"/>
        <source>Bezig met aanmaken</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="681"/>
        <source>Kluis &amp;aanmaken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="682"/>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="692"/>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="786"/>
        <source>Herstelsleutel — Mandaat</source>
        <translation>Recovery key — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="793"/>
        <source>Bewaar deze herstelsleutel</source>
        <translation>Keep this recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="800"/>
        <source>Met de herstelsleutel opent u de kluis als u het wachtwoord kwijt bent. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk hem af of schrijf hem over, en bewaar hem op een veilige plek — niet bij de laptop.</source>
        <translation>The recovery key opens the vault if you lose the passphrase. It is shown &lt;b&gt;only once&lt;/b&gt;. Print it or copy it out by hand, and keep it in a safe place — not with the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="822"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="824"/>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="830"/>
        <source>Afdrukken is hier niet beschikbaar</source>
        <translation>Printing is not available here</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="832"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="834"/>
        <source>Herstelsleutel kopiëren</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="837"/>
        <source>Het klembord wordt na 10 seconden weer leeggemaakt</source>
        <translation>The clipboard is cleared again after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="847"/>
        <source>Ik heb de herstelsleutel &amp;veilig bewaard</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="850"/>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="855"/>
        <source>Klaa&amp;r</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="876"/>
        <source>Mandaat — herstelsleutel</source>
        <translation>Mandaat — recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="882"/>
        <source>Bewaar dit papier op een veilige plek, niet bij de laptop.</source>
        <translation>Keep this paper in a safe place, not with the laptop.</translation>
    </message>
</context>
<context>
    <name>VaultSettings</name>
    <message>
        <location filename="../../ui/vault_settings.py" line="74"/>
        <source>Niet beschikbaar: de sleutelbos van het systeem is niet bereikbaar.</source>
        <translation>Not available: the system keyring cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="78"/>
        <source>Niet beschikbaar: alleen een onveilige sleutelbos (een bestand zonder versleuteling) gevonden. Mandaat bewaart nooit een sleutel onversleuteld.</source>
        <translation>Not available: only an insecure keyring (an unencrypted file) was found. Mandaat never stores a key unencrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="83"/>
        <source>Niet beschikbaar: geen beveiligde sleutelbos op deze computer.</source>
        <translation>Not available: no secure keyring on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="118"/>
        <source>Kluis-instellingen — Mandaat</source>
        <translation>Vault settings — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="140"/>
        <source>Kluis: %1. Elke wijziging hier vraagt eerst het huidige wachtwoord.</source>
        <translation>Vault: %1. Every change here asks for the current passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="150"/>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="153"/>
        <source>H&amp;uidig wachtwoord</source>
        <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="158"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="160"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="161"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="167"/>
        <source>Sterkte van het nieuwe wachtwoord</source>
        <translation>Strength of the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="178"/>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="180"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="182"/>
        <source>Wachtwoord &amp;wijzigen</source>
        <translation>Change &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="189"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="192"/>
        <source>Een nieuwe herstelsleutel wordt één keer getoond; de oude opent daarna niets meer, ook geen reservekopie.</source>
        <translation>A new recovery key is shown once; afterwards the old one opens nothing, not even a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="201"/>
        <source>Nieuwe herstelsleutel &amp;maken…</source>
        <translation>Make a new recovery &amp;key…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="208"/>
        <source>Op deze computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="211"/>
        <source>&amp;Onthoud op deze computer (sleutelbos van het systeem)</source>
        <translation>Re&amp;member on this computer (the system keyring)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="217"/>
        <source>Onthoud op deze computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="228"/>
        <source>Aan: deze computer opent de kluis zonder wachtwoord zolang u bent aangemeld. Het wachtwoord en de herstelsleutel blijven werken.</source>
        <translation>On: this computer opens the vault without a passphrase while you are signed in. The passphrase and the recovery key keep working.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="241"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="252"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="285"/>
        <source>Het huidige wachtwoord klopt niet. Er is niets gewijzigd.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="289"/>
        <source>Het nieuwe wachtwoord is te kort: minstens %1 tekens.</source>
        <translation>The new passphrase is too short: at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="293"/>
        <source>Vul een nieuw wachtwoord in.</source>
        <translation>Enter a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="298"/>
        <location filename="../../ui/vault_settings.py" line="300"/>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="306"/>
        <source>Vul eerst het huidige wachtwoord in.</source>
        <translation>Enter the current passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="325"/>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="407"/>
        <source>Wachtwoord gewijzigd. Het oude wachtwoord opent niets meer.</source>
        <translation>Passphrase changed. The old passphrase opens nothing any more.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="419"/>
        <source>Nieuwe herstelsleutel gemaakt. De oude opent niets meer.</source>
        <translation>New recovery key made. The old one opens nothing any more.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="432"/>
        <source>Deze computer onthoudt de kluis nu.</source>
        <translation>This computer now remembers the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_settings.py" line="434"/>
        <source>Deze computer onthoudt de kluis niet meer.</source>
        <translation>This computer no longer remembers the vault.</translation>
    </message>
</context>
<context>
    <name>Woo</name>
    <message>
        <location filename="../../ui/words.py" line="514"/>
        <source>bankrekeningnummers</source>
        <extracomment>Words in the window&apos;s language: each call translates through the installed translator and formats through the current ``QLocale``, so one instance serves both languages. The export&apos;s Dutch names of the kinds of information a redaction hides (:data:`mandaat.export.messages.FIELD_LABELS`), shown in the window in its language; the documents keep the Dutch. ``tests/test_ui_words.py`` checks that none is missing.</extracomment>
        <translation>bank account numbers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="515"/>
        <source>contactpersonen</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="516"/>
        <source>data van de biedingen</source>
        <translation>dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="517"/>
        <source>de bijlagen van de nota</source>
        <translation>the attachments of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="518"/>
        <source>de deadline van de nota</source>
        <translation>the deadline of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="519"/>
        <source>de partij die een bod deed</source>
        <translation>the party that made a bid</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="520"/>
        <source>de soort nota</source>
        <translation>the kind of memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="521"/>
        <source>de titel van de nota</source>
        <translation>the title of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="522"/>
        <source>de toetsing van biedingen aan het advies</source>
        <translation>the check of bids against the advice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="523"/>
        <source>de toetsing van biedingen aan het mandaat</source>
        <translation>the check of bids against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="524"/>
        <source>de verwachte groei in de doorrekening</source>
        <translation>the expected growth in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="525"/>
        <source>de voorwaarden van de biedingen</source>
        <translation>the terms of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="526"/>
        <source>e-mailadressen</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="527"/>
        <source>effectieve kortingen van de biedingen</source>
        <translation>effective discounts of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="528"/>
        <source>einddata van de biedingen</source>
        <translation>end dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="529"/>
        <source>functies van ambtenaren en medewerkers van de leverancier</source>
        <translation>positions of civil servants and the supplier&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="530"/>
        <source>het financiële verschil tussen bod en mandaat</source>
        <translation>the financial difference between bid and mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="531"/>
        <source>het kenmerk van de nota</source>
        <translation>the reference of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="532"/>
        <source>het onderhandelingsmandaat</source>
        <translation>the negotiating mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="533"/>
        <source>het verschil tussen bod en mandaat</source>
        <translation>the difference between bid and mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="534"/>
        <source>het verwachte aantal patiënten in de doorrekening</source>
        <translation>the expected number of patients in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="535"/>
        <source>ingangsdata van de biedingen</source>
        <translation>start dates of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="536"/>
        <source>interne aantekeningen bij de biedingen</source>
        <translation>internal notes on the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="537"/>
        <source>interne scenarioberekeningen</source>
        <translation>internal scenario calculations</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="538"/>
        <source>kortingspercentages</source>
        <translation>discount percentages</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="539"/>
        <source>lijstprijsverlagingen</source>
        <translation>list price cuts</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="540"/>
        <source>looptijden van de biedingen</source>
        <translation>terms (durations) of the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="541"/>
        <source>namen en contactgegevens van betrokkenen</source>
        <translation>names and contact details of the people involved</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="542"/>
        <source>namen van ambtenaren en medewerkers van de leverancier</source>
        <translation>names of civil servants and the supplier&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="543"/>
        <source>namen van de opstellers van de nota</source>
        <translation>names of the memo&apos;s authors</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="544"/>
        <source>namen van personen</source>
        <translation>names of persons</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="545"/>
        <source>nettoprijzen</source>
        <translation>net prices</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="546"/>
        <source>onderhandelingsrondes</source>
        <translation>negotiation rounds</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="547"/>
        <source>pay-for-performance-voorwaarden</source>
        <translation>pay-for-performance terms</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="548"/>
        <source>staffelkortingen</source>
        <translation>tiered discounts</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="549"/>
        <source>telefoonnummers</source>
        <translation>telephone numbers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="550"/>
        <source>toelichting a van de nota</source>
        <translation>explanation a of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="551"/>
        <source>toelichting b van de nota</source>
        <translation>explanation b of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="552"/>
        <source>toelichting c van de nota</source>
        <translation>explanation c of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="553"/>
        <source>toelichting d van de nota</source>
        <translation>explanation d of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="554"/>
        <source>toelichting e van de nota</source>
        <translation>explanation e of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="555"/>
        <source>toelichting f van de nota</source>
        <translation>explanation f of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="556"/>
        <source>toelichting g van de nota</source>
        <translation>explanation g of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="557"/>
        <source>toelichting h van de nota</source>
        <translation>explanation h of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="558"/>
        <source>uitgavenplafonds</source>
        <translation>spending caps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="559"/>
        <source>voorwaarden bij de biedingen</source>
        <translation>conditions attached to the bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="560"/>
        <source>aannames over de behandelduur in de doorrekening</source>
        <translation>assumptions about the treatment duration in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="561"/>
        <source>aannames over nieuwe patiënten in de doorrekening</source>
        <translation>assumptions about new patients in the calculation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="562"/>
        <source>de geldstromen per jaar van een bod</source>
        <translation>a bid&apos;s money per year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="563"/>
        <source>de korting die nog nodig is voor het mandaat</source>
        <translation>the discount still needed for the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="564"/>
        <source>de toetsing over een langere periode</source>
        <translation>the assessment over a longer period</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="565"/>
        <source>de toetsing per indicatie aan het mandaat</source>
        <translation>each indication&apos;s assessment against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="566"/>
        <source>gratis startdoses</source>
        <translation>free initiation doses</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="567"/>
        <source>plafonds op de behandelduur</source>
        <translation>caps on the treatment duration</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="568"/>
        <source>plafonds per patiënt</source>
        <translation>caps per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="569"/>
        <source>prijzen na afloop van de regeling</source>
        <translation>prices after the end of the arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="574"/>
        <source>vertrouwelijk verstrekte bedrijfs- en fabricagegegevens</source>
        <extracomment>The Woo&apos;s grounds by code (:data:`mandaat.export.messages.GROUND_NAMES`), likewise.</extracomment>
        <translation>business and manufacturing data provided in confidence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="575"/>
        <source>economische of financiële belangen van de Staat</source>
        <translation>economic or financial interests of the State</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="576"/>
        <source>persoonlijke levenssfeer</source>
        <translation>personal privacy</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="577"/>
        <source>concurrentiegevoelige bedrijfs- en fabricagegegevens</source>
        <translation>competition-sensitive business and manufacturing data</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="578"/>
        <source>goed functioneren van de Staat</source>
        <translation>proper functioning of the State</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="579"/>
        <source>onevenredige benadeling</source>
        <translation>disproportionate harm</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="580"/>
        <source>persoonlijke beleidsopvattingen in intern beraad</source>
        <translation>personal policy views in internal deliberation</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>voldoet</source>
        <extracomment>The Dutch template of every key (the command line&apos;s own lines excepted).</extracomment>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>voldoet niet</source>
        <translation>does not meet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>hangt af</source>
        <translation>depends</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>oordeel nodig</source>
        <translation>judgement needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>de effectieve korting ligt tussen de onder- en bovengrens van de bandbreedte</source>
        <translation>the effective discount lies between the lower and upper bound of the range</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>de effectieve korting ligt net onder het richtgetal, binnen de marge</source>
        <translation>the effective discount is just below the target, within the margin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>het oordeel verschilt per volumescenario (laag, verwacht, hoog)</source>
        <translation>the verdict differs per volume scenario (low, expected, high)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>het getal wordt gehaald, maar het advies vraagt om fors meer: beoordeel of de marge groot genoeg is</source>
        <translation>the figure is reached, but the advice asks for substantially more: judge whether the margin is large enough</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>de drempel heeft geen getal: een oordeel is nodig</source>
        <translation>the threshold has no figure: a judgement is needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>de drempel vergelijkt met een andere behandeling: een oordeel is nodig</source>
        <translation>the threshold compares with another treatment: a judgement is needed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>leverancier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>VWS (tegenbod)</source>
        <translation>VWS (counter-offer)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>prijsverlaging van ten minste {pct}</source>
        <translation>price reduction of at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>forse prijsverlaging van ten minste {pct}</source>
        <translation>substantial price reduction of at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>prijsverlaging van meer dan {pct}</source>
        <translation>price reduction of more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>prijsverlaging van fors meer dan {pct}</source>
        <translation>price reduction of substantially more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>price reduction of approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>forse prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>substantial price reduction of approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>prijsverlaging van {low} tot {high}</source>
        <translation>price reduction of {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>forse prijsverlaging van {low} tot {high}</source>
        <translation>substantial price reduction of {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>prijsverlaging zonder getal (oordeel)</source>
        <translation>price reduction without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>forse prijsverlaging zonder getal (oordeel)</source>
        <translation>substantial price reduction without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>nettoprijs niet hoger dan de standaardbehandeling (oordeel)</source>
        <translation>net price no higher than the standard treatment (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>kostenneutraal (oordeel)</source>
        <translation>cost-neutral (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>kostenbesparend (oordeel)</source>
        <translation>cost-saving (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>prijspariteit met de standaardbehandeling (oordeel)</source>
        <translation>price parity with the standard treatment (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>nettoprijs {money} p.p.</source>
        <translation>net price {money} per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>nettoprijs {money} p.p. + korting {pct}</source>
        <translation>net price {money} per patient + discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>lijstprijs −{pct}</source>
        <translation>list price −{pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>lijstprijs −{cut} + korting {pct}</source>
        <translation>list price −{cut} + discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>korting {pct}</source>
        <translation>discount {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>staffel 1 trede ({basis})</source>
        <translation>tiered, 1 step ({basis})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>staffel {n} treden ({basis})</source>
        <translation>tiered, {n} steps ({basis})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>uitgaven</source>
        <translation>spend</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>volume, alle eenheden</source>
        <translation>volume, all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>uitgaven, alle eenheden</source>
        <translation>spend, all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>plafond {money}/jr</source>
        <translation>cap {money}/yr</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>P4P {share}</source>
        <translation>P4P {share}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>P4P {share} × {rate}</source>
        <translation>P4P {share} × {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>geen voorwaarden</source>
        <translation>no terms</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>De korting moet tussen 0 en 100% liggen</source>
        <translation>The discount must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>De lijstprijsverlaging moet tussen 0 en 100% liggen</source>
        <translation>The list price cut must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Het terugbetaalde deel moet tussen 0 en 100% liggen</source>
        <translation>The refunded share must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Het aandeel non-responders moet tussen 0 en 100% liggen</source>
        <translation>The share of non-responders must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Trede {tier}: de extra korting moet 0–100% zijn</source>
        <translation>Step {tier}: the extra discount must be 0–100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>De nettoprijs kan niet negatief zijn</source>
        <translation>The net price cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Het plafond kan niet negatief zijn</source>
        <translation>The cap cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Een nettoprijs en een lijstprijsverlaging samen kan niet: de nettoprijs vervangt de lijstprijs</source>
        <translation>A net price and a list price cut together are not possible: the net price replaces the list price</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Pay-for-performance vraagt beide getallen: terugbetaald deel en non-respons</source>
        <translation>Pay-for-performance needs both figures: refunded share and non-response</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Een staffel is marginaal of over alle eenheden</source>
        <translation>A tiered discount is marginal or over all units</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Trede {tier}: de drempel moet boven 0</source>
        <translation>Step {tier}: the threshold must be above 0</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Trede {tier}: deze drempel staat er al</source>
        <translation>Step {tier}: this threshold is already there</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>De nettoprijs ligt boven de vraagprijs per patiënt: dat is geen korting</source>
        <translation>The net price is above the asking price per patient: that is no discount</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Vul ten minste één onderdeel in: korting, nettoprijs, lijstprijsverlaging, staffel, plafond, pay-for-performance of een plafond per patiënt</source>
        <translation>Fill in at least one part: discount, net price, list price cut, tiers, cap, pay-for-performance or a cap per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>De looptijd is minstens 1 jaar</source>
        <translation>The term is at least 1 year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Het plafond in eenheden per patiënt kan niet negatief zijn</source>
        <translation>The cap in units per patient cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>Het aantal gratis startdoses kan niet negatief zijn</source>
        <translation>The number of free initiation doses cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="148"/>
        <source>Het plafond op de behandelduur kan niet negatief zijn</source>
        <translation>The cap on the treatment duration cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>De nettoprijs na het einde kan niet negatief zijn</source>
        <translation>The net price after the end cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>Het aandeel starters moet tussen 0 en 100% liggen</source>
        <translation>The share of starters must be between 0 and 100%</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>Gratis startdoses vragen welk deel van de patiënten per jaar start</source>
        <translation>Free initiation doses need the share of patients who start each year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>De behandelduur moet boven 0 liggen</source>
        <translation>The treatment duration must be above 0</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>Een plafond op de behandelduur vraagt de verwachte behandelduur per patiënt</source>
        <translation>A cap on the treatment duration needs the expected treatment duration per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>Een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: leg het plafond per indicatie vast</source>
        <translation>A product-wide bid with a spending cap is not divided per indication: set the cap per indication</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>Een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: geef een korting</source>
        <translation>A product-wide bid with a net price per patient does not fit every indication: give a discount</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>Na het einde: vraagprijs of nettoprijs</source>
        <translation>After the end: asking price or net price</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>Vul de nettoprijs per patiënt na het einde in</source>
        <translation>Fill in the net price per patient after the end</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>Een nettoprijs na het einde hoort bij &apos;na het einde: nettoprijs&apos;</source>
        <translation>A net price after the end belongs with &apos;after the end: net price&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>Een plafond of gratis startdoses in eenheden vraagt een vraagprijs per eenheid met het aantal eenheden per patiënt (bij het dossier)</source>
        <translation>A cap or free initiation doses in units need an asking price per unit with the number of units per patient (in the dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>Een plafond op de behandelduur bij een prijs per jaar kan niet worden doorgerekend: daarvoor zijn de startjaren van de patiënten nodig</source>
        <translation>A cap on the treatment duration with a price per year cannot be calculated: that needs the patients&apos; starting years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>Een productbreed bod vraagt een product bij het dossier: koppel eerst de indicaties van het product</source>
        <translation>A product-wide bid needs a product in the dossier: first link the indications of the product</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>max {n} eenheden p.p.</source>
        <translation>max {n} units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>{n} startdoses gratis</source>
        <translation>{n} initiation doses free</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>{n} startdoses gratis ({pct} starters)</source>
        <translation>{n} initiation doses free ({pct} starters)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="196"/>
        <source>max {n} mnd p.p.</source>
        <translation>max {n} months per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="197"/>
        <source>max {n} mnd p.p. (van {of})</source>
        <translation>max {n} months per patient (of {of})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>productbreed</source>
        <translation>product-wide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>daarna vraagprijs</source>
        <translation>then the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>daarna {money} p.p.</source>
        <translation>then {money} per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>De ronde is minstens 1</source>
        <translation>The round is at least 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>Mandaat: {threshold} — {verdict}</source>
        <translation>Mandate: {threshold} — {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>Advies: {threshold} — {verdict}</source>
        <translation>Advice: {threshold} — {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>Effectieve korting (verwacht): {pct}</source>
        <translation>Effective discount (expected): {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>Marge ten opzichte van {pct}: {points}</source>
        <translation>Margin over {pct}: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>Tekort tot {pct}: {year} per jaar, {total} over de looptijd</source>
        <translation>Shortfall to {pct}: {year} a year, {total} over the term</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>Minst gunstig scenario ({scenario}): {points} onder {pct}, tekort {year} per jaar</source>
        <translation>Least favourable scenario ({scenario}): {points} below {pct}, shortfall {year} a year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>Reden: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>Per scenario: {list}</source>
        <translation>Per scenario: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>In de sluis</source>
        <translation>In the lock procedure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>In de sluis ({ref})</source>
        <translation>In the lock procedure ({ref})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>Advies Zorginstituut</source>
        <translation>Advice of the Zorginstituut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>Bod ronde {round}</source>
        <translation>Bid round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>Tegenbod VWS ronde {round}</source>
        <translation>VWS counter-offer round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>Start regeling ronde {round}</source>
        <translation>Arrangement starts, round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>Einde regeling ronde {round}</source>
        <translation>Arrangement ends, round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>{drug}: geen vraagprijs bekend; de effectieve korting kan niet worden berekend</source>
        <translation>{drug}: no asking price known; the effective discount cannot be computed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>{drug}: geen verwacht aantal patiënten en geen budgetimpact bekend; nodig voor een plafond of staffel</source>
        <translation>{drug}: no expected number of patients and no budget impact known; needed for a cap or tiers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>{drug}: prijs per eenheid zonder aantal eenheden per patiënt</source>
        <translation>{drug}: price per unit without a number of units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>bod {bid}: dossier {dossier} bestaat niet</source>
        <translation>bid {bid}: dossier {dossier} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>looptijd moet minstens 1 jaar zijn (was {years})</source>
        <translation>the term must be at least 1 year (was {years})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>ziektelast {burden} ligt buiten 0,10–1,00</source>
        <translation>burden of disease {burden} lies outside 0.10–1.00</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>een groei van {growth}% per jaar kan niet</source>
        <translation>a growth of {growth}% a year is not possible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>{drug}: een plafond of gratis startdoses in eenheden vraagt een prijs per eenheid met het aantal eenheden per patiënt</source>
        <translation>{drug}: a cap or free initiation doses in units need a price per unit with the number of units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="245"/>
        <source>{drug}: gratis startdoses zonder het aandeel starters per jaar</source>
        <translation>{drug}: free initiation doses without the share of starters per year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="248"/>
        <source>{drug}: een plafond op de behandelduur zonder de verwachte behandelduur per patiënt</source>
        <translation>{drug}: a cap on the treatment duration without the expected treatment duration per patient</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>{drug}: een plafond op de behandelduur bij een prijs per jaar vraagt de startjaren van de patiënten; niet berekend</source>
        <translation>{drug}: a cap on the treatment duration with a price per year needs the patients&apos; starting years; not calculated</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>{drug}: niet vastgelegd wat na het einde van de regeling geldt; de horizon van {years} jaar gaat daar voorbij</source>
        <translation>{drug}: not stated what applies after the end of the arrangement; the horizon of {years} years goes beyond it</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>de horizon moet minstens 1 jaar zijn (was {years})</source>
        <translation>the horizon must be at least 1 year (was {years})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>{drug}: een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld; niet berekend</source>
        <translation>{drug}: a product-wide bid with a spending cap is not divided per indication; not calculated</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="267"/>
        <source>{drug}: een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie; niet berekend</source>
        <translation>{drug}: a product-wide bid with a net price per patient does not fit every indication; not calculated</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>kluis aangemaakt</source>
        <translation>vault created</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>formaat {version}</source>
        <translation>format {version}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="273"/>
        <source>schema bijgewerkt</source>
        <translation>schema updated</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="274"/>
        <source>naar versie {version}</source>
        <translation>to version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="275"/>
        <source>wachtwoord gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="276"/>
        <source>nieuwe herstelsleutel</source>
        <translation>new recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="277"/>
        <source>onthouden op deze computer aangezet</source>
        <translation>remember on this computer switched on</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="278"/>
        <source>onthouden op deze computer uitgezet</source>
        <translation>remember on this computer switched off</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="279"/>
        <source>dossier toegevoegd</source>
        <translation>dossier added</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="280"/>
        <location filename="../../ui/words.py" line="292"/>
        <location filename="../../ui/words.py" line="296"/>
        <source>{brand} ({indication})</source>
        <translation>{brand} ({indication})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>product gekoppeld</source>
        <translation>product linked</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="282"/>
        <location filename="../../ui/words.py" line="284"/>
        <source>{dossiers}</source>
        <translation>{dossiers}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="283"/>
        <source>product ontkoppeld</source>
        <translation>product unlinked</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>Een productnaam is één regel van hooguit 200 tekens (&apos;{name}&apos;)</source>
        <translation>A product name is one line of at most 200 characters (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="288"/>
        <source>Dossier {name} heeft productbrede biedingen: zet die eerst terug op één indicatie</source>
        <translation>Dossier {name} has product-wide bids: first set them back to one indication</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="291"/>
        <source>dossier gewijzigd</source>
        <translation>dossier changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="293"/>
        <source>dossier verwijderd</source>
        <translation>dossier deleted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="294"/>
        <source>{brand} ({indication}), {bids}</source>
        <translation>{brand} ({indication}), {bids}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="295"/>
        <source>dossier teruggezet</source>
        <translation>dossier restored</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="297"/>
        <source>bod toegevoegd</source>
        <translation>bid added</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <location filename="../../ui/words.py" line="300"/>
        <location filename="../../ui/words.py" line="302"/>
        <source>{brand}, ronde {round}, {date}</source>
        <translation>{brand}, round {round}, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="299"/>
        <source>bod gewijzigd</source>
        <translation>bid changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="301"/>
        <source>bod verwijderd</source>
        <translation>bid deleted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="303"/>
        <source>weigeringsgrond gewijzigd</source>
        <translation>ground for refusal changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="304"/>
        <source>{brand}: {field} → {grounds}</source>
        <translation>{brand}: {field} → {grounds}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="305"/>
        <source>{brand}: {field} → openbaar</source>
        <translation>{brand}: {field} → public</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>{brand}: {field} → standaard</source>
        <translation>{brand}: {field} → default</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="307"/>
        <source>nota-kop gewijzigd</source>
        <translation>memo header changed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="308"/>
        <source>{brand}</source>
        <translation>{brand}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="309"/>
        <source>demo gevuld</source>
        <translation>demo filled</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="310"/>
        <source>{dossiers} met FICTIEVE biedingen</source>
        <translation>{dossiers} with FICTITIOUS bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="311"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="312"/>
        <source>{file}: dossiers {new} nieuw, {updated} bijgewerkt; biedingen {bids} nieuw; {present} al aanwezig</source>
        <translation>{file}: dossiers {new} new, {updated} updated; bids {bids} new; {present} already present</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="316"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="317"/>
        <source>nota, publiek {audience}: {file}</source>
        <translation>memo, audience {audience}: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="318"/>
        <source>woo: {folder} ({files})</source>
        <translation>Woo: {folder} ({files})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>1 bod</source>
        <translation>1 bid</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="320"/>
        <source>{n} biedingen</source>
        <translation>{n} bids</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="321"/>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="322"/>
        <source>{n} dossiers</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="324"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="325"/>
        <source>1 bestand</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="326"/>
        <source>{n} bestanden</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>1 jaar</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>{n} jaar</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="329"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="330"/>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="331"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>{n} rijen</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="333"/>
        <source>1 regel</source>
        <translation>1 line</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="334"/>
        <source>{n} regels</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="335"/>
        <source>Geen vereiste prijsverlaging gevonden in de tekst</source>
        <translation>No required price reduction found in the text</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="338"/>
        <source>De tekst is leeg</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="339"/>
        <source>Een prijsverlaging van {value}% kan niet: kies een waarde van 0 tot 100</source>
        <translation>A price reduction of {value}% is not possible: choose a value from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>De tekst is op meer dan één manier te lezen ({readings}); kies de bedoelde lezing</source>
        <translation>The text can be read in more than one way ({readings}); choose the intended reading</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="345"/>
        <source>ten minste {pct}</source>
        <translation>at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>fors, ten minste {pct}</source>
        <translation>substantially, at least {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="347"/>
        <source>meer dan {pct}</source>
        <translation>more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="348"/>
        <source>fors meer dan {pct}</source>
        <translation>substantially more than {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="349"/>
        <source>ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="352"/>
        <source>fors, ongeveer {pct} (marge {margin} procentpunt)</source>
        <translation>substantially, approximately {pct} (margin {margin} percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="355"/>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="356"/>
        <source>fors, {low} tot {high}</source>
        <translation>substantially, {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="357"/>
        <source>zonder getal (oordeel)</source>
        <translation>without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>fors, zonder getal (oordeel)</source>
        <translation>substantially, without a figure (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="359"/>
        <source>{path}: bestand bestaat niet</source>
        <translation>{path}: file does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="360"/>
        <source>{path}: het bestand is leeg — geen Mandaat-kluis</source>
        <translation>{path}: the file is empty — not a Mandaat vault</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="364"/>
        <source>{path}: geen Mandaat-kluis (onbekend bestandstype)</source>
        <translation>{path}: not a Mandaat vault (unknown file type)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="368"/>
        <source>{path}: kluisformaat versie {version} is nieuwer dan deze Mandaat ondersteunt (tot en met {supported}); werk Mandaat bij</source>
        <translation>{path}: vault format version {version} is newer than this Mandaat supports (up to {supported}); update Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="372"/>
        <source>{path}: de kop van de kluis is beschadigd ({detail})</source>
        <translation>{path}: the vault&apos;s header is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="376"/>
        <source>{path}: de kluis is afgekapt ({size} van {expected} bytes)</source>
        <translation>{path}: the vault is truncated ({size} of {expected} bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="380"/>
        <source>{path}: de sleutelafleiding in deze kluis vraagt onredelijk veel ({detail}); geweigerd</source>
        <translation>{path}: the key derivation in this vault asks an unreasonable amount ({detail}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="384"/>
        <source>{path}: onjuist wachtwoord of herstelsleutel</source>
        <translation>{path}: wrong passphrase or recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="385"/>
        <source>{path}: het bestand is gewijzigd of beschadigd: het sleutelvak opent, de inhoud niet (authenticatie mislukt)</source>
        <translation>{path}: the file has been changed or damaged: the key slot opens, the contents do not (authentication failed)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="389"/>
        <source>{path}: de database in de kluis is niet intact ({detail})</source>
        <translation>{path}: the database in the vault is not intact ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="393"/>
        <source>{path}: de kluis is in gebruik door een ander Mandaat-proces</source>
        <translation>{path}: the vault is in use by another Mandaat process</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="397"/>
        <source>{path}: de kluis is op schijf gewijzigd sinds hij werd geopend; niet overschreven</source>
        <translation>{path}: the vault was changed on disk since it was opened; not overwritten</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="401"/>
        <source>{path}: opslaan mislukt ({detail}); de vorige versie is intact</source>
        <translation>{path}: saving failed ({detail}); the previous version is intact</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="405"/>
        <source>{path}: de kluis heeft geen sleutelvak van dit soort ({detail})</source>
        <translation>{path}: the vault has no key slot of this kind ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="409"/>
        <source>Het wachtwoord mag niet leeg zijn</source>
        <translation>The passphrase must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="410"/>
        <source>De twee wachtwoorden zijn niet gelijk</source>
        <translation>The two passphrases are not the same</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="414"/>
        <source>Geen wachtwoord: geef het op bij de prompt, in MANDAAT_PASSPHRASE of met --passphrase-file</source>
        <translation>No passphrase: give it at the prompt, in MANDAAT_PASSPHRASE or with --passphrase-file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="418"/>
        <source>De herstelsleutel heeft niet de juiste vorm ({detail})</source>
        <translation>The recovery key does not have the right form ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>{path}: bestaat al; kies een andere naam</source>
        <translation>{path}: already exists; choose another name</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>Onthouden op deze computer is niet beschikbaar: {detail}. Mandaat bewaart nooit een sleutel onversleuteld</source>
        <translation>Remember on this computer is not available: {detail}. Mandaat never keeps a key unencrypted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>{path}: de sleutel voor deze computer staat niet (meer) in de sleutelbos</source>
        <translation>{path}: the key for this computer is not (or no longer) in the keyring</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>{path}: het logboek is niet intact vanaf regel {entry}</source>
        <translation>{path}: the log is not intact from line {entry}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>Geen dossier gevonden voor &apos;{name}&apos;</source>
        <translation>No dossier found for &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>Bod geweigerd: {detail}</source>
        <translation>Bid refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>Het wachtwoord is te kort: minstens {minimum} tekens (een zin werkt goed)</source>
        <translation>The passphrase is too short: at least {minimum} characters (a sentence works well)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>{path}: alleen-lezen geopend; er wordt niets opgeslagen</source>
        <translation>{path}: opened read-only; nothing is saved</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>{path}: ontgrendel met het wachtwoord om een nieuwe herstelsleutel te maken</source>
        <translation>{path}: unlock with the passphrase to make a new recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>{path}: het slotbestand is geen gewoon bestand (een link?); geweigerd</source>
        <translation>{path}: the lock file is not a regular file (a link?); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>{path}: kan het slotbestand niet aanmaken ({detail})</source>
        <translation>{path}: cannot create the lock file ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>{path}: de sleutelafleiding van deze kluis kost hier ongeveer {seconds} s en {memory} MiB geheugen, veel meer dan gewoon; niet begonnen</source>
        <translation>{path}: the key derivation of this vault takes about {seconds} s and {memory} MiB of memory here, far more than usual; not started</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>{path}: dit is een oudere stand van de kluis dan deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd</source>
        <translation>{path}: this is an older state of the vault than this computer saw before (generation {found}, seen: {seen}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="465"/>
        <source>{path}: deze stand van de kluis zet niet voort wat deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd</source>
        <translation>{path}: this state of the vault does not continue what this computer saw before (generation {found}, seen: {seen}); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>{path}: deze computer zag een andere stand van deze kluis (van vóór een sleutelwissel, of het register is gewijzigd); geweigerd</source>
        <translation>{path}: this computer saw another state of this vault (from before a key change, or the register was changed); refused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>{path}: de database in de kluis heeft schemaversie {version}, nieuwer dan {supported}</source>
        <translation>{path}: the database in the vault has schema version {version}, newer than {supported}</translation>
    </message>
</context>
<context>
    <name>WrittenTerms</name>
    <message>
        <location filename="../../ui/written_terms.py" line="50"/>
        <source>Regeling zoals geschreven</source>
        <extracomment>the error label of a row, and the fields whose problems it shows</extracomment>
        <translation>Arrangement as written</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="60"/>
        <source>staffel per schijf (alleen eenheden boven de drempel)</source>
        <translation>tiered per bracket (only units above the threshold)</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="66"/>
        <source>staffel over alle eenheden</source>
        <translation>tiered on all units</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="77"/>
        <source>Plafond eenheden per patiënt</source>
        <translation>Cap on units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="81"/>
        <source>Gratis startdoses</source>
        <translation>Free initiation doses</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="85"/>
        <source>Starters per jaar %</source>
        <translation>Starters per year %</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="96"/>
        <source>De leverancier betaalt de eenheden per patiënt boven het plafond; de eerste eenheden van een patiënt die start zijn gratis (het deel starters per jaar is een aanname)</source>
        <translation>The supplier pays for the units per patient above the cap; the first units of a patient who starts are free (the share of starters per year is an assumption)</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="70"/>
        <source>Staffelsoort</source>
        <translation>Tier kind</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="76"/>
        <source>eenheden p.p.</source>
        <translation>units per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="80"/>
        <source>eerste eenheden</source>
        <translation>first units</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="84"/>
        <source>% per jaar</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="88"/>
        <location filename="../../ui/written_terms.py" line="120"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="90"/>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="105"/>
        <source>Per patiënt</source>
        <translation>Per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="113"/>
        <source>Plafond behandelduur maanden</source>
        <translation>Cap on treatment duration, months</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="112"/>
        <source>maanden p.p.</source>
        <translation>months per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="92"/>
        <source>% starters</source>
        <translation>% starters</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="116"/>
        <source>verwachte maanden</source>
        <translation>expected months</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="117"/>
        <source>Verwachte behandelduur maanden</source>
        <translation>Expected treatment duration, months</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="122"/>
        <source>van</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="126"/>
        <source>De leverancier betaalt de behandeling na het plafond; de verwachte behandelduur per patiënt is een aanname</source>
        <translation>The supplier pays for treatment beyond the cap; the expected treatment duration per patient is an assumption</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="134"/>
        <source>Behandelduur</source>
        <translation>Treatment duration</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="141"/>
        <source>geldt voor alle indicaties van het product</source>
        <translation>applies to every indication of the product</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="146"/>
        <source>Product&amp;breed</source>
        <translation>Product-&amp;wide</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="154"/>
        <source>niet vastgelegd</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="157"/>
        <source>terug naar de vraagprijs</source>
        <translation>back to the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="160"/>
        <source>een nettoprijs per patiënt</source>
        <translation>a net price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="163"/>
        <source>€ per patiënt</source>
        <translation>€ per patient</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="164"/>
        <source>Nettoprijs na afloop</source>
        <translation>Net price after the end</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="169"/>
        <source>Na afloop</source>
        <translation>After the end</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="245"/>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="247"/>
        <source>Dit dossier hoort nog bij geen product: vul het product in bij het dossier</source>
        <translation>This dossier belongs to no product yet: fill in the product on the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/written_terms.py" line="278"/>
        <source>Geen getal: typ bijvoorbeeld 26 of 12,5</source>
        <translation>Not a number: type e.g. 26 or 12.5</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <location filename="../../ui/analysis_models.py" line="46"/>
        <source>Jaar</source>
        <extracomment>The exact value of a cell (Decimal, or the text of a text cell). How a value is written when copied: &quot;eur&quot;, &quot;pct&quot;, &quot;patients&quot;, &quot;text&quot;.</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="48"/>
        <source>Patiënten</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="49"/>
        <source>Patiënten in het jaar, in dit scenario</source>
        <translation>Patients in the year, in this scenario</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="52"/>
        <source>Lijstprijs</source>
        <translation>List price</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="53"/>
        <source>Uitgaven tegen de vraagprijs</source>
        <translation>Spending at the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="56"/>
        <source>Netto vóór plafond</source>
        <translation>Net before cap</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="57"/>
        <source>De factuur: na kortingen en staffel, vóór P4P-teruggave en plafond</source>
        <translation>The invoice: after discounts and tiers, before the P4P refund and the cap</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="62"/>
        <source>Plafond terug</source>
        <translation>Cap repaid</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="63"/>
        <source>Wat de leverancier boven het plafond terugbetaalt</source>
        <translation>What the supplier repays above the cap</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="66"/>
        <source>P4P terug</source>
        <translation>P4P refund</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="67"/>
        <source>Teruggave voor patiënten die niet reageren</source>
        <translation>Refund for patients who do not respond</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="70"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="71"/>
        <source>Netto-uitgaven na P4P-teruggave en plafond</source>
        <translation>Net spending after the P4P refund and the cap</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="74"/>
        <source>Besparing</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="75"/>
        <source>Lijstprijs min netto</source>
        <translation>List price minus net</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_models.py" line="109"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
