<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../ui/advice_tab.py" line="62"/>
        <source>zoals geschreven</source>
        <translation>as written</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="63"/>
        <location filename="../../ui/advice_tab.py" line="67"/>
        <source>ten minste (≥)</source>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="64"/>
        <location filename="../../ui/advice_tab.py" line="68"/>
        <source>meer dan (&gt;)</source>
        <translation>more than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="69"/>
        <source>ongeveer</source>
        <translation>approximately</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="70"/>
        <source>van … tot</source>
        <translation>from … to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="73"/>
        <source>&amp;Geneesmiddel (merk)</source>
        <translation>&amp;Medicine (brand)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="74"/>
        <source>&amp;Werkzame stof</source>
        <translation>Active &amp;substance</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="75"/>
        <source>&amp;Indicatie</source>
        <translation>&amp;Indication</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="76"/>
        <source>&amp;Leverancier</source>
        <translation>Su&amp;pplier</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="77"/>
        <source>&amp;Staatscourant</source>
        <translation>Government &amp;Gazette</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="81"/>
        <source>&amp;Vraagprijs per patiënt</source>
        <translation>&amp;Asking price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="82"/>
        <source>&amp;Budgetimpact jaar 3</source>
        <translation>&amp;Budget impact year 3</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="85"/>
        <source>Verwachte &amp;patiënten per jaar</source>
        <translation>E&amp;xpected patients per year</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="90"/>
        <source>&amp;ICER (€ per QALY)</source>
        <translation>&amp;ICER (€ per QALY)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="91"/>
        <source>&amp;Ziektelast (0,10–1,00)</source>
        <translation>&amp;Disease burden (0.10–1.00)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="129"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="196"/>
        <source>Advies Zorginstituut</source>
        <translation>Zorginstituut advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="198"/>
        <source>Mandaat (vertrouwelijk)</source>
        <translation>Mandate (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="201"/>
        <source>Laatste bod (vertrouwelijk)</source>
        <translation>Last bid (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="207"/>
        <source>Mandaat kopiëren</source>
        <translation>Copy mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="214"/>
        <source>Effectieve korting kopiëren</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="224"/>
        <source>Waarschuwing mandaat</source>
        <translation>Mandate warning</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="231"/>
        <source>⚠ Let op: het mandaat is zwakker dan het advies van het Zorginstituut. Een bod kan dan het mandaat halen zonder aan het advies te voldoen.</source>
        <translation>⚠ Note: the mandate is weaker than the Zorginstituut&apos;s advice. A bid can then meet the mandate without meeting the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="258"/>
        <source>Advies van het Zorginstituut (openbaar)</source>
        <translation>Advice of the Zorginstituut (public)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="264"/>
        <source>&amp;Tekst van het advies, zoals geschreven:</source>
        <translation>&amp;Text of the advice, as written:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="268"/>
        <source>Tekst van het advies</source>
        <translation>Text of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="271"/>
        <source>Plak hier de zin uit het advies, bijv. „de vraagprijs moet met ten minste 92% dalen”</source>
        <translation>Paste the sentence from the advice here, e.g. “de vraagprijs moet met ten minste 92% dalen”</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="285"/>
        <source>Gelezen als:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="291"/>
        <source>Gelezen drempel</source>
        <translation>Threshold as read</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="296"/>
        <source>&amp;Grens:</source>
        <translation>&amp;Bound:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="299"/>
        <source>Grens van het advies: ten minste of meer dan</source>
        <translation>Bound of the advice: at least or more than</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="302"/>
        <source>Het Zorginstituut schrijft soms „minimaal” en „meer dan” voor hetzelfde advies</source>
        <translation>The Zorginstituut sometimes writes “minimaal” (at least) and “meer dan” (more than) for the same advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="317"/>
        <source>&amp;Datum advies:</source>
        <translation>Advice &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="319"/>
        <source>Datum van het advies</source>
        <translation>Date of the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="329"/>
        <source>Mandaat (vertrouwelijk — 5.1.2b)</source>
        <translation>Mandate (confidential — 5.1.2b)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="332"/>
        <source>Mandaat is &amp;gelijk aan het advies</source>
        <translation>Mandate &amp;equals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="335"/>
        <source>Mandaat gelijk aan het advies</source>
        <translation>Mandate equals the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="340"/>
        <source>&amp;Prijsverlaging:</source>
        <translation>&amp;Price reduction:</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="343"/>
        <source>Soort grens van het mandaat</source>
        <translation>Kind of bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="349"/>
        <source>Mandaat: percentage</source>
        <translation>Mandate: percentage</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="351"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="353"/>
        <source>Mandaat: bovengrens</source>
        <translation>Mandate: upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="377"/>
        <source>Openbare gegevens</source>
        <translation>Public details</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="388"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="392"/>
        <source>&amp;Fase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="394"/>
        <source>In de sluis sinds</source>
        <translation>In the lock procedure since</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="396"/>
        <source>In de sl&amp;uis sinds</source>
        <translation>In the &amp;lock procedure since</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="403"/>
        <source>Kosteneffectiviteit</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="410"/>
        <location filename="../../ui/advice_tab.py" line="413"/>
        <source>Referentiewaarde</source>
        <translation>Reference value</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="416"/>
        <source>Controleberekening (rekenhulp, wordt niet opgeslagen):</source>
        <translation>Cross-check (calculation aid, not saved):</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="425"/>
        <source>Extra &amp;kosten per patiënt (ΔC)</source>
        <translation>Additional &amp;costs per patient (ΔC)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="426"/>
        <source>Extra &amp;QALY&apos;s per patiënt (ΔQALY)</source>
        <translation>Additional &amp;QALYs per patient (ΔQALY)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="427"/>
        <source>Kosten ge&amp;neesmiddel per patiënt</source>
        <translation>Cost of the medici&amp;ne per patient</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="437"/>
        <source>Afgeleide prijsverlaging</source>
        <translation>Derived price reduction</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="440"/>
        <source>r = (ΔC − referentiewaarde × ΔQALY) ÷ kosten van het geneesmiddel</source>
        <translation>r = (ΔC − reference value × ΔQALY) ÷ cost of the medicine</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="445"/>
        <source>Afgeleide prijsverlaging r</source>
        <translation>Derived price reduction r</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="463"/>
        <source>— geen datum —</source>
        <translation>— no date —</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="529"/>
        <source>± %1 (afgeleid)</source>
        <translation>± %1 (derived)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="539"/>
        <source>Nog geen advies geplakt.</source>
        <translation>No advice pasted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="548"/>
        <source>Niet gelezen: </source>
        <translation>Not read: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="576"/>
        <source>— (vul de ziektelast in)</source>
        <translation>— (fill in the disease burden)</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="585"/>
        <source> per QALY</source>
        <translation> per QALY</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="604"/>
        <source>— vul ΔC, ΔQALY en de ziektelast in</source>
        <translation>— fill in ΔC, ΔQALY and the disease burden</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="610"/>
        <source> — advies: </source>
        <translation> — advice: </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="624"/>
        <source>advies van </source>
        <translation>advice of </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="626"/>
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="631"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="633"/>
        <source>eigen mandaat</source>
        <translation>own mandate</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="637"/>
        <source>nog geen bod</source>
        <translation>no bid yet</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="642"/>
        <source>, ronde </source>
        <translation>, round </translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="653"/>
        <source> effectieve korting</source>
        <translation> effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="708"/>
        <source>De naam van het geneesmiddel is verplicht</source>
        <translation>The name of the medicine is required</translation>
    </message>
    <message>
        <location filename="../../ui/advice_tab.py" line="725"/>
        <source>Geen geldig getal (bijv. 104.000 of 68,5)</source>
        <translation>Not a valid number (e.g. 104,000 or 68.5)</translation>
    </message>
</context>
<context>
    <name>BidCommands</name>
    <message>
        <location filename="../../ui/bid_commands.py" line="92"/>
        <source>Er staat al een bod met precies deze inhoud in dit dossier</source>
        <extracomment>Called after every do/undo with the dossier id the command touched. Called with a Dutch message when a do/undo fails.</extracomment>
        <translation>This dossier already has a bid with exactly this content</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="102"/>
        <source>Opslaan is mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="119"/>
        <source>Bod toevoegen</source>
        <translation>Add bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="167"/>
        <source>Bod wijzigen</source>
        <translation>Change bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_commands.py" line="201"/>
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
        <location filename="../../ui/bid_editor.py" line="144"/>
        <source>Extra korting %</source>
        <translation>Extra discount %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="192"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="194"/>
        <source>Bod wijzigen</source>
        <translation>Change bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="242"/>
        <source>Bod</source>
        <translation>Bid</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="247"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="251"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="255"/>
        <source>Bod van de leverancier</source>
        <translation>Bid from the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="258"/>
        <source>Tegenbod van VWS</source>
        <translation>Counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="261"/>
        <source>&amp;Partij</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="265"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="268"/>
        <source>&amp;Looptijd</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="275"/>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="278"/>
        <source>Startdatum bekend</source>
        <translation>Start date known</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="283"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="287"/>
        <source>&amp;Startdatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="291"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="295"/>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="301"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="304"/>
        <source>bijv. 68,5</source>
        <translation>e.g. 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="308"/>
        <source>&amp;Korting %</source>
        <translation>Dis&amp;count %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="311"/>
        <source>Vertrouwelijke korting, na een nettoprijs of lijstprijsverlaging</source>
        <translation>Confidential discount, after a net price or list-price cut</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="316"/>
        <source>bijv. 34.000</source>
        <translation>e.g. 34,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="320"/>
        <source>&amp;Nettoprijs per patiënt €</source>
        <translation>&amp;Net price per patient €</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="323"/>
        <source>Vervangt de vraagprijs per patiënt</source>
        <translation>Replaces the asking price per patient</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="325"/>
        <source>bijv. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="328"/>
        <source>Publieke &amp;lijstprijsverlaging %</source>
        <translation>Public &amp;list-price cut %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="331"/>
        <source>Openbare verlaging van de lijstprijs; de korting komt daar bovenop</source>
        <translation>Public cut of the list price; the discount comes on top of it</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="342"/>
        <source>Staffel naar</source>
        <translation>Tiers by</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="345"/>
        <source>naar aantal patiënten</source>
        <translation>by number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="348"/>
        <source>naar uitgaven (€)</source>
        <translation>by spending (€)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="351"/>
        <source>Trede &amp;toevoegen</source>
        <translation>&amp;Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="353"/>
        <source>Trede &amp;weg</source>
        <translation>&amp;Remove tier</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="360"/>
        <source>Staffeltreden</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="367"/>
        <source>&amp;Staffel</source>
        <translation>&amp;Tiered discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="369"/>
        <source>bijv. 20.000.000</source>
        <translation>e.g. 20,000,000</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="373"/>
        <source>&amp;Uitgavenplafond € per jaar</source>
        <translation>Spending ca&amp;p € per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="376"/>
        <source>De leverancier betaalt de netto-uitgaven boven dit bedrag per jaar terug</source>
        <translation>The supplier pays back the net spending above this amount per year</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="385"/>
        <source>terugbetaald %</source>
        <translation>paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="389"/>
        <source>Pay-for-performance: terugbetaald deel %</source>
        <translation>Pay-for-performance: share paid back %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="392"/>
        <source>non-respons %</source>
        <translation>non-response %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="396"/>
        <source>Pay-for-performance: non-responders %</source>
        <translation>Pay-for-performance: non-responders %</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="403"/>
        <source>&amp;Pay-for-performance</source>
        <translation>Pay-for-&amp;performance</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="406"/>
        <source>Deel van de uitgaven dat wordt terugbetaald voor patiënten zonder respons</source>
        <translation>Share of the spending paid back for patients without a response</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="415"/>
        <source>Voorwaarden en notitie</source>
        <translation>Conditions and note</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="422"/>
        <source>V&amp;oorwaarden</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="431"/>
        <source>Noti&amp;tie (intern)</source>
        <translation>No&amp;te (internal)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="453"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="455"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="465"/>
        <source>Oordeel terwijl u typt</source>
        <translation>Verdict as you type</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="497"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="499"/>
        <location filename="../../ui/bid_editor.py" line="502"/>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="501"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="504"/>
        <source>Effectieve korting</source>
        <translation>Effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="506"/>
        <source>Per scenario</source>
        <translation>Per scenario</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="507"/>
        <source>Marge (mandaat)</source>
        <translation>Margin (mandate)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="508"/>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="509"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="511"/>
        <source>Hoogste nettoprijs p.p.</source>
        <translation>Highest net price p.p.</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="514"/>
        <source>Plafond dat voldoet</source>
        <translation>Cap that complies</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="518"/>
        <source>De hoogste nettoprijs per patiënt waarmee het bod aan het mandaat voldoet</source>
        <translation>The highest net price per patient at which the bid meets the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="524"/>
        <source>Het ruimste uitgavenplafond per jaar waarmee het bod, met de andere voorwaarden, aan het mandaat voldoet (verwacht scenario)</source>
        <translation>The highest spending cap per year at which the bid, with its other terms, meets the mandate (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="617"/>
        <source>Geen getal: typ bijvoorbeeld 92 of 68,5</source>
        <translation>Not a number: type for example 92 or 68.5</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="688"/>
        <source>geen drempel</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="691"/>
        <source>(gelijk aan het advies)</source>
        <translation>(equal to the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="696"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="730"/>
        <location filename="../../ui/bid_editor.py" line="735"/>
        <source>niet te berekenen</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="745"/>
        <source>laag {low} · verwacht {exp} · hoog {high}</source>
        <translation>low {low} · expected {exp} · high {high}</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="756"/>
        <source>{year} per jaar
{total} over {n} jaar</source>
        <translation>{year} per year
{total} over {n} years</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="765"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="769"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bid_editor.py" line="782"/>
        <source>— (geen volume bekend)</source>
        <translation>— (no volume known)</translation>
    </message>
</context>
<context>
    <name>BidsModel</name>
    <message>
        <location filename="../../ui/bids_model.py" line="60"/>
        <source>Datum</source>
        <extracomment>The verdict code (``meets`` …) of a verdict cell; None elsewhere.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="61"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="64"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="65"/>
        <source>Onderhandelingsronde</source>
        <translation>Negotiation round</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="68"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="69"/>
        <source>Bod van de leverancier of tegenbod van VWS</source>
        <translation>Bid from the supplier or counter-offer from VWS</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="72"/>
        <source>Regeling</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="73"/>
        <source>De onderdelen van de financiële regeling</source>
        <translation>The parts of the financial arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="76"/>
        <source>Effectief
(verwacht)</source>
        <translation>Effective
(expected)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="77"/>
        <source>Effectieve korting op de vraagprijs over de looptijd, verwacht aantal patiënten</source>
        <translation>Effective discount on the asking price over the duration, expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="83"/>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="84"/>
        <source>Effectieve korting bij 0,75 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 0.75 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="89"/>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="90"/>
        <source>Effectieve korting bij 1,25 × het verwachte aantal patiënten</source>
        <translation>Effective discount at 1.25 × the expected number of patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="95"/>
        <source>Oordeel
mandaat</source>
        <translation>Verdict
mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="96"/>
        <source>Het bod tegen het mandaat (standaard: het advies)</source>
        <translation>The bid against the mandate (default: the advice)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="99"/>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="100"/>
        <source>Effectieve korting min de ondergrens van het mandaat</source>
        <translation>Effective discount minus the lower bound of the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="103"/>
        <source>Tekort
per jaar</source>
        <translation>Shortfall
per year</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="104"/>
        <source>Wat de leverancier per jaar nog moet geven om te voldoen</source>
        <translation>What the supplier still has to give per year to comply</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="107"/>
        <source>Oordeel
advies</source>
        <translation>Verdict
advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="108"/>
        <source>Het bod tegen het advies van het Zorginstituut</source>
        <translation>The bid against the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="111"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="112"/>
        <source>Laatste dag van de regeling (start + looptijd)</source>
        <translation>Last day of the arrangement (start + duration)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="286"/>
        <location filename="../../ui/bids_model.py" line="294"/>
        <source>niet te berekenen</source>
        <extracomment>Text and background per verdict code: readable on light and dark rows, never alone.</extracomment>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="344"/>
        <source>Let op: het mandaat is zwakker dan het advies</source>
        <translation>Note: the mandate is weaker than the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="355"/>
        <source>Geen startdatum: de einddatum is niet bekend</source>
        <translation>No start date: the end date is not known</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="365"/>
        <source>Looptijd: {n} jaar</source>
        <translation>Duration: {n} years</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="369"/>
        <source>patiënten</source>
        <translation>patients</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="374"/>
        <source>Trede {i}: boven {basis} extra {pct}</source>
        <translation>Tier {i}: above {basis} an extra {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_model.py" line="380"/>
        <source>Voorwaarden: {text}</source>
        <translation>Conditions: {text}</translation>
    </message>
</context>
<context>
    <name>BidsTab</name>
    <message>
        <location filename="../../ui/bids_tab.py" line="93"/>
        <source>&amp;Nieuw bod…</source>
        <extracomment>Today&apos;s date for a new bid; tests replace it.</extracomment>
        <translation>&amp;New bid…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="94"/>
        <source>Nieuw bod (Ctrl+B)</source>
        <translation>New bid (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="95"/>
        <source>&amp;Bewerk…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="97"/>
        <source>Bewerk het gekozen bod (Enter of dubbelklik)</source>
        <translation>Edit the selected bid (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="99"/>
        <source>&amp;Verwijder</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="101"/>
        <source>Verwijder het gekozen bod (Del); ongedaan maken kan altijd</source>
        <translation>Delete the selected bid (Del); you can always undo</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="106"/>
        <source>&amp;Kopieer effectieve korting</source>
        <translation>&amp;Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="109"/>
        <source>Kopieer de effectieve korting van het gekozen bod (Ctrl+Shift+C); het klembord wordt na 10 seconden gewist</source>
        <translation>Copy the effective discount of the selected bid (Ctrl+Shift+C); the clipboard is cleared after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="118"/>
        <source>Filter biedingen…</source>
        <translation>Filter bids…</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="121"/>
        <source>Filter biedingen</source>
        <translation>Filter bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="135"/>
        <source>Biedingen</source>
        <translation>Bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="169"/>
        <source>Nieuw bod</source>
        <translation>New bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="175"/>
        <source>Verwijder bod</source>
        <translation>Delete bid</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="182"/>
        <source>Kopieer effectieve korting</source>
        <translation>Copy effective discount</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="247"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="255"/>
        <source>geen advies</source>
        <translation>no advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="258"/>
        <source>gelijk aan het advies</source>
        <translation>equal to the advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="263"/>
        <source>Advies: {advice} · Mandaat: {mandate} · Vraagprijs: {price}</source>
        <translation>Advice: {advice} · Mandate: {mandate} · Asking price: {price}</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="269"/>
        <source>Let op: het mandaat is zwakker dan het advies van het Zorginstituut</source>
        <translation>Note: the mandate is weaker than the Zorginstituut&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="293"/>
        <source>{n} biedingen</source>
        <translation>{n} bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="297"/>
        <source>{shown} van {n} biedingen</source>
        <translation>{shown} of {n} bids</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="365"/>
        <source>Bod toegevoegd</source>
        <translation>Bid added</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="372"/>
        <source>Bod gewijzigd</source>
        <translation>Bid changed</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="382"/>
        <source>Bod verwijderd; ongedaan maken met Ctrl+Z</source>
        <translation>Bid deleted; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="393"/>
        <source>Geen effectieve korting om te kopiëren</source>
        <translation>No effective discount to copy</translation>
    </message>
    <message>
        <location filename="../../ui/bids_tab.py" line="398"/>
        <source>Effectieve korting gekopieerd</source>
        <translation>Effective discount copied</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../ui/chart_tab.py" line="70"/>
        <source>Verloop van de effectieve korting</source>
        <translation>Effective discount over time</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="80"/>
        <source>Tijdlijn van het dossier</source>
        <translation>Timeline of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="85"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="125"/>
        <source>Geen dossier gekozen</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="143"/>
        <source>{drug}: effectieve korting per bod (verwacht scenario)</source>
        <translation>{drug}: effective discount per bid (expected scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="156"/>
        <source>Bod leverancier</source>
        <translation>Supplier bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="162"/>
        <source>Tegenbod VWS</source>
        <translation>VWS counter-offer</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="168"/>
        <source>Verloop</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="185"/>
        <source>Datum van het bod</source>
        <translation>Date of the bid</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="191"/>
        <source>Effectieve korting op de vraagprijs</source>
        <translation>Effective discount on the asking price</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="240"/>
        <source>Nog geen biedingen in dit dossier</source>
        <translation>No bids in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="246"/>
        <source>Het advies heeft geen getal: er is geen drempellijn te tekenen</source>
        <translation>The advice has no number: there is no threshold line to draw</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="268"/>
        <source>ondergrens</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="277"/>
        <source>bovengrens</source>
        <translation>upper bound</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="287"/>
        <source>Advies = mandaat</source>
        <translation>Advice = mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="289"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="293"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="307"/>
        <source>Bandbreedte advies</source>
        <translation>Advice range</translation>
    </message>
    <message>
        <location filename="../../ui/chart_tab.py" line="327"/>
        <source>(nog {n} dagen)</source>
        <translation>({n} days left)</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="45"/>
        <source>Geneesmiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="46"/>
        <source>Indicatie</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="47"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="48"/>
        <source>Laatste bod</source>
        <translation>Last bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="49"/>
        <source>Einde over</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="53"/>
        <source>Indiening</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="54"/>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="55"/>
        <source>Onderhandeling</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="56"/>
        <source>Akkoord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="57"/>
        <source>Sluis gecontinueerd</source>
        <translation>Lock continued</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="58"/>
        <source>Herbeoordeling</source>
        <translation>Reassessment</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="59"/>
        <source>Geen akkoord</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="60"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="65"/>
        <source>✓ voldoet</source>
        <extracomment>Verdict code → the words shown (a sign plus text: never colour alone).</extracomment>
        <translation>✓ meets</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="66"/>
        <source>✗ voldoet niet</source>
        <translation>✗ does not meet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="67"/>
        <source>≈ hangt af</source>
        <translation>≈ depends</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="68"/>
        <source>? oordeel nodig</source>
        <translation>? judgement needed</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="87"/>
        <source>geen bod</source>
        <extracomment>Verdict code → a soft background; the text stays dark for contrast. Extra roles: the value to sort on, and the Dossier behind the row.</extracomment>
        <translation>no bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="189"/>
        <source>— geen berekening</source>
        <translation>— no calculation</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="194"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="195"/>
        <source>%1 dagen</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="213"/>
        <source>Nog geen bod in dit dossier</source>
        <translation>No bid in this dossier yet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="215"/>
        <source>Laatste bod (%1, ronde %2) tegen het mandaat</source>
        <translation>Last bid (%1, round %2) against the mandate</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="223"/>
        <source>Het arrangement van het laatste bod loopt tot %1</source>
        <translation>The arrangement of the last bid runs until %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="228"/>
        <source>Geen bod</source>
        <translation>No bid</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="229"/>
        <source>Het laatste bod heeft geen startdatum</source>
        <translation>The last bid has no start date</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/problems_model.py" line="56"/>
        <location filename="../../ui/problems_model.py" line="158"/>
        <source>Blad</source>
        <extracomment>The (sheet, row) of a table row: to find the same row in the other table.</extracomment>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="57"/>
        <location filename="../../ui/problems_model.py" line="159"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="58"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="59"/>
        <source>Kop</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="60"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="61"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="160"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="161"/>
        <source>Geneesmiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="162"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="163"/>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="167"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="168"/>
        <source>aangevuld</source>
        <translation>supplemented</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="169"/>
        <source>al aanwezig</source>
        <translation>already present</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="170"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../ui/log_tab.py" line="45"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="46"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="47"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="48"/>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="49"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="119"/>
        <source>Controle van het logboek</source>
        <translation>Check of the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="128"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="147"/>
        <source>✓ Logboek intact: %1 regels, de keten van controlegetallen klopt.</source>
        <translation>✓ Audit log intact: %1 entries, the chain of checksums is correct.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="154"/>
        <source>✗ Het logboek is NIET intact vanaf regel %1.</source>
        <translation>✗ The audit log is NOT intact from entry %1 on.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Mandaat — DEMO (fictieve biedingen)</source>
        <translation>Mandaat — DEMO (fictitious bids)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>volgt</source>
        <translation>coming soon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>DEMO — de dossiers gebruiken openbare cijfers; alle biedingen, mandaten en personen zijn FICTIEF. De demo-kluis wordt bij afsluiten gewist.</source>
        <extracomment>Ask a question: (title, text, buttons as (label, role) pairs) → index of the choice.</extracomment>
        <translation>DEMO — the dossiers use public figures; all bids, mandates and people are FICTITIOUS. The demo vault is erased on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Demo: fictieve gegevens</source>
        <translation>Demo: fictitious data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Advies &amp;&amp; mandaat</source>
        <translation>&amp;Advice &amp;&amp; mandate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>De biedingen volgen in een volgende versie.</source>
        <translation>Bids follow in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Biedingen</source>
        <translation>&amp;Bids</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Het verloop volgt in een volgende versie.</source>
        <translation>The progress chart follows in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Verloop</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Nota</source>
        <translation>&amp;Memo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Logboek</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>merk, stof, indicatie of leverancier</source>
        <translation>brand, substance, indication or supplier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Zoek een dossier</source>
        <translation>Search for a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Fase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>%1 van %2 dossiers</source>
        <translation>%1 of %2 dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Instellingen — Mandaat</source>
        <extracomment>(code, name): each language is named in itself.</extracomment>
        <translation>Settings — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Automatisch vergrendelen na minuten zonder gebruik</source>
        <translation>Lock automatically after minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Vergrendel automatisch na</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Wordt van kracht bij de volgende start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>&amp;Taal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Instellingen bevatten nooit een wachtwoord of een vertrouwelijk gegeven.</source>
        <translation>Settings never contain a passphrase or any confidential data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>Status van de kluis</source>
        <translation>Vault status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source> FICTIEF </source>
        <translation> FICTITIOUS </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Fictieve demo-gegevens</source>
        <translation>Fictitious demo data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604"/>
        <source>&amp;Verwijder dossier…</source>
        <translation>&amp;Delete dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="610"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>Ver&amp;grendel</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Vergrendel de kluis (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>Opnieu&amp;w</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>&amp;Over Mandaat</source>
        <translation>&amp;About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675"/>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>⚠ Niet opgeslagen</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>✓ Alles opgeslagen</source>
        <translation>✓ All saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>Let op: de laatste wijziging kon niet worden opgeslagen. </source>
        <translation>Note: the last change could not be saved. </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="846"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>Dossier %1 en de %2 biedingen erin verwijderen?

</source>
        <translation>Delete dossier %1 and the %2 bids in it?

</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="871"/>
        <source>U kunt dit ongedaan maken met Ctrl+Z zolang de kluis open is.</source>
        <translation>You can undo this with Ctrl+Z while the vault is open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="876"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="880"/>
        <location filename="../../ui/main_window.py" line="1004"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="910"/>
        <source>De wijziging staat wel in het geheugen. Mandaat probeert bij de volgende wijziging en bij afsluiten opnieuw op te slaan.</source>
        <translation>The change is kept in memory. Mandaat tries to save again with the next change and on exit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="945"/>
        <source>De nieuwe taal wordt gebruikt vanaf de volgende start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="963"/>
        <source>Over Mandaat</source>
        <translation>About Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Vertrouwelijke prijsonderhandelingen over sluisgeneesmiddelen, versleuteld op deze computer.&lt;br&gt;&lt;br&gt;Ministerie van VWS — Buro Financiële Arrangementen Geneesmiddelen</source>
        <translation>&lt;b&gt;Mandaat&lt;/b&gt; %1&lt;br&gt;Confidential price negotiations on medicines in the lock procedure, encrypted on this computer.&lt;br&gt;&lt;br&gt;Ministry of Health, Welfare and Sport (VWS) — Buro Financiële Arrangementen Geneesmiddelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="989"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990"/>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Wat wilt u doen?</source>
        <translation>The last changes could not be saved. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996"/>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1000"/>
        <source>Wijzigingen verwerpen</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>NotaTab</name>
    <message>
        <location filename="../../ui/nota_tab.py" line="43"/>
        <source>a. Draagvlak politiek, maatschappelijk en eenduidige communicatie</source>
        <translation>a. Political and public support, and consistent communication</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="47"/>
        <source>b. Arbeidsmarkteffecten zorg- en welzijnsveld</source>
        <translation>b. Labour-market effects in health care and welfare</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="48"/>
        <source>c. Gevolgen administratieve lasten</source>
        <translation>c. Effects on administrative burden</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="51"/>
        <source>d. Financiële en personele gevolgen VWS en uitvoeringsorganisaties</source>
        <translation>d. Financial and staffing effects for VWS and implementing bodies</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="55"/>
        <source>e. Juridische aspecten haalbaarheid</source>
        <translation>e. Legal aspects and feasibility</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="56"/>
        <source>f. Afstemming</source>
        <translation>f. Coordination</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="57"/>
        <source>g. Toezeggingen</source>
        <translation>g. Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="58"/>
        <source>h. Fraudetoets</source>
        <translation>h. Fraud check</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="104"/>
        <source>Kop van de nota</source>
        <translation>Memo header</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="109"/>
        <source>TER BESLISSING</source>
        <translation>FOR DECISION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="110"/>
        <source>TER INFORMATIE</source>
        <translation>FOR INFORMATION</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="113"/>
        <source>Soort nota</source>
        <translation>Kind of memo</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="114"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="116"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="117"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="119"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="123"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="125"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="127"/>
        <source>&amp;Kenmerk</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="129"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="130"/>
        <source>&amp;Bijlage(n)</source>
        <translation>&amp;Attachment(s)</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="132"/>
        <source>De kopgegevens gelden alleen voor deze sessie; ze staan nog niet in de kluis.</source>
        <translation>The header details apply to this session only; they are not stored in the vault yet.</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="146"/>
        <source>4. Toelichting</source>
        <translation>4. Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="167"/>
        <source>Voorbeeld van de nota</source>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../ui/nota_tab.py" line="215"/>
        <source>Financieel arrangement </source>
        <translation>Financial arrangement </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="100"/>
        <source>Dossier wijzigen</source>
        <translation>Change dossier</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="137"/>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="172"/>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../ui/unlock.py" line="47"/>
        <source>Mandaat-kluis (*.mandaat)</source>
        <translation>Mandaat vault (*.mandaat)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Kies een wachtwoord: een zin van vier of meer woorden werkt goed.</source>
        <translation>Choose a passphrase: a sentence of four or more words works well.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Zwak: te kort. Kies een zin van vier of meer woorden.</source>
        <translation>Weak: too short. Choose a sentence of four or more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>Redelijk: maak het langer, bijvoorbeeld met nog een paar woorden.</source>
        <translation>Fair: make it longer, for example with a few more words.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="99"/>
        <source>Goed. Nog langer is nog beter.</source>
        <translation>Good. Longer is even better.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="100"/>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>Mandaat</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="182"/>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <location filename="../../ui/unlock.py" line="331"/>
        <location filename="../../ui/unlock.py" line="495"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="191"/>
        <location filename="../../ui/unlock.py" line="332"/>
        <location filename="../../ui/unlock.py" line="493"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="197"/>
        <source>Gebruik de &amp;herstelsleutel</source>
        <translation>Use the &amp;recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="200"/>
        <source>Gebruik de herstelsleutel</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Met deze &amp;computer</source>
        <translation>With this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="209"/>
        <source>Ontgrendel met de sleutelbos van deze computer</source>
        <translation>Unlock with this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="212"/>
        <source>Ontgrendel met de sleutel in de sleutelbos van het systeem</source>
        <translation>Unlock with the key in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="219"/>
        <source>&amp;Ontgrendel</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221"/>
        <source>Ontgrendel</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Demo &amp;ontgrendelen</source>
        <translation>&amp;Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="229"/>
        <source>Demo ontgrendelen</source>
        <translation>Unlock demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="234"/>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>&amp;Andere kluis openen…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="247"/>
        <source>Andere kluis openen</source>
        <translation>Open another vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="251"/>
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="255"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>&amp;Bestaande kluis openen…</source>
        <translation>&amp;Open an existing vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Mandaat — demo</source>
        <translation>Mandaat — demo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="288"/>
        <source>De demo-kluis is vergrendeld. Alle biedingen erin zijn FICTIEF.</source>
        <translation>The demo vault is locked. All bids in it are FICTITIOUS.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="293"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="295"/>
        <location filename="../../ui/unlock.py" line="747"/>
        <source>Kluis: </source>
        <translation>Vault: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="300"/>
        <source>Welkom bij Mandaat</source>
        <translation>Welcome to Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="302"/>
        <source>Mandaat bewaart dossiers en biedingen versleuteld in één kluisbestand op deze computer. Maak een nieuwe kluis, of open een bestaande.</source>
        <translation>Mandaat keeps dossiers and bids encrypted in a single vault file on this computer. Create a new vault, or open an existing one.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="326"/>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="327"/>
        <location filename="../../ui/unlock.py" line="685"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="351"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="363"/>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="365"/>
        <source>Vul het wachtwoord in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="446"/>
        <source>Nieuwe kluis — Mandaat</source>
        <translation>New vault — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="459"/>
        <source>De kluis is één versleuteld bestand. Zonder wachtwoord of herstelsleutel kan niemand hem openen — ook de beheerder niet.</source>
        <translation>The vault is a single encrypted file. Without the passphrase or the recovery key nobody can open it — not even the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="472"/>
        <source>Bestand van de kluis</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="475"/>
        <source>Kies waar de kluis komt</source>
        <translation>Choose where the vault goes</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="479"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="482"/>
        <source>Bladeren naar een plek voor de kluis</source>
        <translation>Browse for a place for the vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="487"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="501"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="506"/>
        <source>Advies over het wachtwoord</source>
        <translation>Passphrase advice</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="515"/>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="517"/>
        <source>&amp;Herhaal</source>
        <translation>R&amp;epeat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="520"/>
        <source>&amp;Onthoud op deze computer</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="522"/>
        <source>Onthoud op deze computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="530"/>
        <source>De sleutel komt in de beveiligde sleutelbos van het systeem</source>
        <translation>The key goes into the system&apos;s secure keyring</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="537"/>
        <source>Niet beschikbaar: </source>
        <translation>Not available: </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="544"/>
        <source>Bezig met aanmaken</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="552"/>
        <source>Kluis &amp;aanmaken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="553"/>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="563"/>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="655"/>
        <source>Herstelsleutel — Mandaat</source>
        <translation>Recovery key — Mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="662"/>
        <source>Bewaar deze herstelsleutel</source>
        <translation>Keep this recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="669"/>
        <source>Met de herstelsleutel opent u de kluis als u het wachtwoord kwijt bent. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk hem af of schrijf hem over, en bewaar hem op een veilige plek — niet bij de laptop.</source>
        <translation>The recovery key opens the vault if you lose the passphrase. It is shown &lt;b&gt;only once&lt;/b&gt;. Print it or copy it out by hand, and keep it in a safe place — not with the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="691"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="693"/>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="699"/>
        <source>Afdrukken is hier niet beschikbaar</source>
        <translation>Printing is not available here</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="701"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="703"/>
        <source>Herstelsleutel kopiëren</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="706"/>
        <source>Het klembord wordt na 10 seconden weer leeggemaakt</source>
        <translation>The clipboard is cleared again after 10 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="716"/>
        <source>Ik heb de herstelsleutel &amp;veilig bewaard</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="719"/>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="724"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="745"/>
        <source>Mandaat — herstelsleutel</source>
        <translation>Mandaat — recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="751"/>
        <source>Bewaar dit papier op een veilige plek, niet bij de laptop.</source>
        <translation>Keep this paper in a safe place, not with the laptop.</translation>
    </message>
</context>
</TS>
