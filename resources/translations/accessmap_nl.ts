<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="70"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="74"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Sectoren, centra, tabellen of een project openen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="76"/>
        <source>&amp;Import table or points...</source>
        <translation>Tabel of punten &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="78"/>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="81"/>
        <source>Save project &amp;as...</source>
        <translation>Project opslaan a&amp;ls...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="85"/>
        <source>&amp;Print / PDF...</source>
        <translation>Af&amp;drukken / PDF...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="92"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomen naar laag</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="95"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomen naar &amp;selectie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="96"/>
        <source>&amp;Run analysis</source>
        <translation>Analyse &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="97"/>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse &amp;annuleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="100"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="104"/>
        <source>A short manual, offline</source>
        <translation>Een korte handleiding, offline</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="112"/>
        <source>About the &amp;data...</source>
        <translation>Over de &amp;gegevens...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="113"/>
        <source>&amp;About accessmap...</source>
        <translation>&amp;Over accessmap...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="117"/>
        <location filename="../../accessmap/gui/panels/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="120"/>
        <location filename="../../accessmap/gui/panels/actions.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="130"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="134"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="145"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="151"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="155"/>
        <source>&amp;Add centres by clicking</source>
        <translation>Centra &amp;toevoegen door te klikken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="158"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Locaties voorstellen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="159"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="160"/>
        <source>&amp;Compare scenarios</source>
        <translation>Scenario&apos;s &amp;vergelijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="161"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="173"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="180"/>
        <source>higher value = poorer</source>
        <translation>hogere waarde = armer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="181"/>
        <source>lower value = poorer</source>
        <translation>lagere waarde = armer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="182"/>
        <source>absolute cut</source>
        <translation>absolute grens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="184"/>
        <source>type a value</source>
        <translation>typ een waarde</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="189"/>
        <source>metres</source>
        <translation>meter</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="190"/>
        <source>minutes walking</source>
        <translation>minuten te voet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="191"/>
        <source> km/h</source>
        <translation> km/u</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="192"/>
        <source>walk over the street network</source>
        <translation>te voet over het stratennet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="193"/>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="197"/>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="427"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="195"/>
        <source>Gaussian</source>
        <translation>Gaussisch</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="196"/>
        <source>stepped (500/1000/1500 m)</source>
        <translation>trapsgewijs (500/1000/1500 m)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="198"/>
        <source>auto (catchment / 2)</source>
        <translation>automatisch (werkingsgebied / 2)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="199"/>
        <source>Run analysis</source>
        <translation>Analyse uitvoeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>quantiles</source>
        <translation>kwantielen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>natural breaks</source>
        <translation>natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>equal interval</source>
        <translation>gelijke intervallen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="235"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="237"/>
        <source>Poverty column</source>
        <translation>Armoedekolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="238"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="242"/>
        <source>Poor</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="246"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="247"/>
        <source>Walking speed</source>
        <translation>Wandelsnelheid</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="249"/>
        <source>E2SFCA catchment</source>
        <translation>E2SFCA-werkingsgebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="250"/>
        <source>E2SFCA weights</source>
        <translation>E2SFCA-gewichten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="251"/>
        <source>Gaussian sigma</source>
        <translation>Gaussische sigma</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="253"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="255"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="256"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="257"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="280"/>
        <source>The sector column that measures poverty (e.g. the BIMD income score or the share with increased reimbursement). It ranks sectors into poverty classes.</source>
        <translation>De sectorkolom die armoede meet (bv. de BIMD-inkomensscore of het aandeel met verhoogde tegemoetkoming). Ze deelt de sectoren in armoedeklassen in.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="284"/>
        <source>Which way the poverty column points: higher = poorer for a deprivation score or a share of residents, lower = poorer for a median income or a BIMD decile.</source>
        <translation>In welke richting de armoedekolom wijst: hoger = armer voor een deprivatiescore of een aandeel inwoners, lager = armer voor een mediaan inkomen of een BIMD-deciel.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="288"/>
        <source>Off: the poorest third of the sectors is &apos;poor&apos;. On: &apos;poor&apos; = at or beyond the value beside it in the poverty direction (e.g. decile &lt;= 2, BIM share &gt;= 30); the other sectors are split into two classes.</source>
        <translation>Uit: het armste derde van de sectoren is &apos;arm&apos;. Aan: &apos;arm&apos; = op of voorbij de waarde ernaast in de richting van armoede (bv. deciel &lt;= 2, aandeel VT &gt;= 30); de andere sectoren worden in twee klassen verdeeld.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="293"/>
        <source>The absolute poverty cut: sectors at or beyond this value (&gt;= when higher is poorer, &lt;= when lower is poorer) count as poor.</source>
        <translation>De absolute armoedegrens: sectoren op of voorbij deze waarde (&gt;= als hoger armer is, &lt;= als lager armer is) tellen als arm.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="297"/>
        <source>Distance or walking time within which a centre counts as reachable; sectors beyond it and poor form the coverage gap.</source>
        <translation>Afstand of wandeltijd waarbinnen een centrum als bereikbaar telt; arme sectoren daarbuiten vormen het dekkingstekort.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="301"/>
        <source>Threshold in metres or in minutes walking. Each unit keeps its own value. Without a street network, minutes are straight-line metres at the walking speed.</source>
        <translation>Drempel in meter of in minuten wandelen. Elke eenheid houdt haar eigen waarde. Zonder stratennetwerk zijn minuten meters in vogelvlucht aan de wandelsnelheid.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="306"/>
        <source>Walking speed used to turn minutes into metres (4.5 km/h = 75 m per minute).</source>
        <translation>Wandelsnelheid om minuten in meters om te zetten (4,5 km/u = 75 m per minuut).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="309"/>
        <source>Measure walking distances over the loaded street network instead of straight lines (needs a network layer).</source>
        <translation>Wandelafstanden meten over het geladen stratennetwerk in plaats van in vogelvlucht (vereist een netwerklaag).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="313"/>
        <source>E2SFCA catchment: how far a centre&apos;s capacity is shared among residents (the &apos;GPs per 10,000 residents within reach&apos; indicator).</source>
        <translation>E2SFCA-verzorgingsgebied: hoe ver de capaciteit van een centrum over de inwoners wordt verdeeld (de indicator &apos;huisartsen per 10.000 inwoners binnen bereik&apos;).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="317"/>
        <source>How E2SFCA weighs distance inside the catchment: a smooth Gaussian decay, or steps of 1.0 / 0.68 / 0.22 at 500 / 1,000 / 1,500 m.</source>
        <translation>Hoe E2SFCA afstand weegt binnen het gebied: een geleidelijke Gaussische afname, of trappen van 1,0 / 0,68 / 0,22 bij 500 / 1.000 / 1.500 m.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="321"/>
        <source>Width of the Gaussian decay; 0 = automatic (half the catchment).</source>
        <translation>Breedte van de Gaussische afname; 0 = automatisch (de helft van het gebied).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="323"/>
        <source>Run the analysis again with these settings (F5).</source>
        <translation>De analyse opnieuw uitvoeren met deze instellingen (F5).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="324"/>
        <source>The indicator the map colours the sectors by.</source>
        <translation>De indicator waarmee de kaart de sectoren kleurt.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="326"/>
        <source>How the map&apos;s classes are cut: equal numbers of sectors (quantiles), natural breaks in the values, or equal widths.</source>
        <translation>Hoe de klassen van de kaart worden afgebakend: evenveel sectoren (kwantielen), natuurlijke breuken in de waarden, of gelijke breedtes.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="329"/>
        <source>Number of colour classes on the map.</source>
        <translation>Aantal kleurklassen op de kaart.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="398"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="423"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="353"/>
        <source>A scenario with this name already exists.</source>
        <translation>Er bestaat al een scenario met deze naam.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="409"/>
        <source>Add a layer of centres to run the analysis.</source>
        <translation>Voeg een laag met centra toe om de analyse uit te voeren.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="433"/>
        <source>Analysis done.</source>
        <translation>Analyse klaar.</translation>
    </message>
</context>
<context>
    <name>CentreEditorPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="63"/>
        <source>Add centres by clicking on the map</source>
        <translation>Centra toevoegen door op de kaart te klikken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="67"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="68"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="69"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="70"/>
        <source>GP FTE</source>
        <translation>huisartsen-VTE</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="71"/>
        <source>step-free</source>
        <translation>drempelvrij</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="72"/>
        <source>opened</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="73"/>
        <source>closed</source>
        <translation>sluiting</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>neighbourhood health centre</source>
        <translation>wijkgezondheidscentrum</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>GP practice</source>
        <translation>huisartsenpraktijk</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="94"/>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="97"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="98"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="99"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="103"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="104"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="105"/>
        <source>Move...</source>
        <translation>Verplaatsen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="107"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="109"/>
        <source>GP full-time equivalents</source>
        <translation>Huisartsen in voltijdse equivalenten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="110"/>
        <source>Step-free access</source>
        <translation>Drempelvrije toegang</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="111"/>
        <source>Opening year</source>
        <translation>Openingsjaar</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="112"/>
        <source>Closing year</source>
        <translation>Sluitingsjaar</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="70"/>
        <source>Export charts...</source>
        <translation>Grafieken exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="132"/>
        <source>baseline</source>
        <translation>uitgangssituatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="170"/>
        <source>Export charts to folder</source>
        <translation>Grafieken naar map exporteren</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="dynamic_strings.py" line="11"/>
        <source>Add centre {centre}</source>
        <translation>Centrum {centre} toevoegen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="15"/>
        <source>Change settings ({changes})</source>
        <translation>Instellingen wijzigen ({changes})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="19"/>
        <source>Edit centre {centre} ({fields})</source>
        <translation>Centrum {centre} bewerken ({fields})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="23"/>
        <source>Move centre {centre}</source>
        <translation>Centrum {centre} verplaatsen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="27"/>
        <source>Remove centre {centre}</source>
        <translation>Centrum {centre} verwijderen</translation>
    </message>
</context>
<context>
    <name>ConcentrationChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="341"/>
        <source>Concentration curve</source>
        <translation>Concentratiecurve</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="343"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="345"/>
        <source>residents, poorest first (cumulative share)</source>
        <translation>inwoners, armsten eerst (cumulatief aandeel)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="346"/>
        <source>share covered</source>
        <translation>aandeel binnen bereik</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="136"/>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="179"/>
        <source>Charts export to .png or .svg files.</source>
        <translation>Grafieken worden geëxporteerd naar .png- of .svg-bestanden.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="199"/>
        <source>The chart could not be written.</source>
        <translation>De grafiek kon niet worden weggeschreven.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="34"/>
        <source>accessmap: problem</source>
        <translation>accessmap: probleem</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="38"/>
        <source>Nothing you loaded was lost.</source>
        <translation>Niets van wat u geladen had, is verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="50"/>
        <source>Open data files</source>
        <translation>Gegevensbestanden openen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="95"/>
        <source>statistical sectors (areas with residents)</source>
        <translation>statistische sectoren (gebieden met inwoners)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="96"/>
        <source>health centres / GP practices (points)</source>
        <translation>wijkgezondheidscentra / huisartsenpraktijken (punten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="97"/>
        <source>catchment areas of centres</source>
        <translation>werkingsgebieden van centra</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="98"/>
        <source>resident or address points</source>
        <translation>inwoners- of adrespunten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="99"/>
        <source>walking network (lines)</source>
        <translation>wandelnetwerk (lijnen)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="100"/>
        <source>a table to join to the sectors</source>
        <translation>een tabel om aan de sectoren te koppelen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="101"/>
        <source>centres with coordinates</source>
        <translation>centra met coördinaten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="106"/>
        <source>What is this file?</source>
        <translation>Wat is dit bestand?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="107"/>
        <source>Load %1 as:</source>
        <translation>%1 laden als:</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="123"/>
        <source>Import a table or points</source>
        <translation>Een tabel of punten importeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="178"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="192"/>
        <source>Sector table as CSV...</source>
        <translation>Sectortabel als CSV...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="193"/>
        <source>Sector table as Excel...</source>
        <translation>Sectortabel als Excel...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="194"/>
        <source>Map layers as GeoPackage...</source>
        <translation>Kaartlagen als GeoPackage...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="195"/>
        <source>Summary as JSON...</source>
        <translation>Samenvatting als JSON...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="196"/>
        <source>Web map (folder)...</source>
        <translation>Webkaart (map)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="197"/>
        <source>Charts as PNG and SVG (folder)...</source>
        <translation>Grafieken als PNG en SVG (map)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="206"/>
        <source>Nothing to export yet.</source>
        <translation>Nog niets om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="212"/>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="217"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="243"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="275"/>
        <source>Data (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;All files (*)</source>
        <translation>Gegevens (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="243"/>
        <source>accessmap manual</source>
        <translation>Handleiding van accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="253"/>
        <source>The manual is missing from this installation (%1): reinstall accessmap.</source>
        <translation>De handleiding ontbreekt in deze installatie (%1): installeer accessmap opnieuw.</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="411"/>
        <source>Mapped indicator</source>
        <translation>Indicator op de kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="413"/>
        <source>sectors</source>
        <translation>sectoren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="129"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="132"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="136"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>detect</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="132"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>point .</source>
        <translation>punt .</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="149"/>
        <source>Join columns to the sectors</source>
        <translation>Kolommen aan de sectoren koppelen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="150"/>
        <source>Load as centres (points with coordinates)</source>
        <translation>Laden als centra (punten met coördinaten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="154"/>
        <source>sector id</source>
        <translation>sectorcode</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="155"/>
        <source>sector name</source>
        <translation>sectornaam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="156"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="160"/>
        <source>also match names that differ in case, accents or separators</source>
        <translation>ook namen koppelen die verschillen in hoofdletters, accenten of scheidingstekens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="164"/>
        <source>stop with a message</source>
        <translation>stoppen met een melding</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="165"/>
        <source>keep the first row</source>
        <translation>de eerste rij behouden</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="166"/>
        <source>average the rows</source>
        <translation>het gemiddelde van de rijen nemen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="169"/>
        <source>Check the join</source>
        <translation>Koppeling controleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="173"/>
        <source>The join report appears here before anything is applied.</source>
        <translation>Het koppelingsverslag verschijnt hier voordat er iets wordt toegepast.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="179"/>
        <source>The column that says what kind of place each point is</source>
        <translation>De kolom die zegt wat voor plaats elk punt is</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="182"/>
        <source>Checked kinds of place are loaded as centres of primary care</source>
        <translation>Aangevinkte soorten plaatsen worden geladen als centra van eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="222"/>
        <source>Separator</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="223"/>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="224"/>
        <source>Decimal mark</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="227"/>
        <source>Table key column</source>
        <translation>Sleutelkolom van de tabel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="228"/>
        <source>Matches sector</source>
        <translation>Koppelen aan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="230"/>
        <source>Repeated keys</source>
        <translation>Herhaalde sleutels</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="235"/>
        <source>x / longitude column</source>
        <translation>x- / lengtegraadkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="236"/>
        <source>y / latitude column</source>
        <translation>y- / breedtegraadkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="237"/>
        <source>Coordinate system</source>
        <translation>Coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="238"/>
        <source>Name column</source>
        <translation>Naamkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="239"/>
        <source>Type column</source>
        <translation>Typekolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="240"/>
        <source>Primary care</source>
        <translation>Eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="281"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="296"/>
        <source>(none: load every point)</source>
        <translation>(geen: elk punt laden)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="319"/>
        <source>%1 cannot be read as a point layer.</source>
        <translation>%1 kan niet als puntenlaag gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="323"/>
        <source>%1 points (%2), coordinate system %3</source>
        <translation>%1 punten (%2), coördinatenstelsel %3</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="325"/>
        <source>not declared</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="383"/>
        <source>%1 of %2 points will be loaded as centres.</source>
        <translation>%1 van %2 punten worden als centra geladen.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="180"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="186"/>
        <source>&amp;System default</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="204"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="205"/>
        <source>The new language applies when you restart accessmap.</source>
        <translation>De nieuwe taal geldt zodra u accessmap opnieuw start.</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="43"/>
        <source>Statistical sectors</source>
        <translation>Statistische sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="44"/>
        <source>Health centres / GP practices</source>
        <translation>Wijkgezondheidscentra / huisartsenpraktijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="45"/>
        <source>Catchment areas</source>
        <translation>Werkingsgebieden</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="46"/>
        <source>Walking network</source>
        <translation>Wandelnetwerk</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="47"/>
        <source>Residents (address points)</source>
        <translation>Inwoners (adrespunten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Features</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="55"/>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="56"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="80"/>
        <source>accessmap: access to primary care</source>
        <translation>accessmap: toegang tot eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="109"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="110"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="111"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="112"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="145"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="167"/>
        <source>Map script error: </source>
        <translation>Scriptfout in de kaart: </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="206"/>
        <source>No analysis result for the loaded layers yet.</source>
        <translation>Nog geen analyseresultaat voor de geladen lagen.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="210"/>
        <source>Add centres for this area (File &gt; Import table or points...), then run the analysis.</source>
        <translation>Voeg centra voor dit gebied toe (Bestand &gt; Tabel of punten importeren...) en voer dan de analyse uit.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="279"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="283"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Sectoren, centra, tabellen of een project openen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="287"/>
        <source>&amp;Import table or points...</source>
        <translation>Tabel of punten &amp;importeren...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="291"/>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="295"/>
        <source>Save project &amp;as...</source>
        <translation>Project opslaan a&amp;ls...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="299"/>
        <source>&amp;Print / PDF...</source>
        <translation>Af&amp;drukken / PDF...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="303"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="307"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomen naar laag</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="311"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomen naar &amp;selectie</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="315"/>
        <source>&amp;Run analysis</source>
        <translation>Analyse &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="319"/>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse &amp;annuleren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="323"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="327"/>
        <source>A short manual, offline</source>
        <translation>Een korte handleiding, offline</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="331"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="335"/>
        <source>About the &amp;data...</source>
        <translation>Over de &amp;gegevens...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="339"/>
        <source>&amp;About accessmap...</source>
        <translation>&amp;Over accessmap...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="343"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="347"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="355"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="359"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="367"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="371"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="375"/>
        <source>&amp;Add centres by clicking</source>
        <translation>Centra &amp;toevoegen door te klikken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="379"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Locaties voorstellen...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="383"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="387"/>
        <source>&amp;Compare scenarios</source>
        <translation>Scenario&apos;s &amp;vergelijken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="391"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="395"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="399"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="403"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Voor de geladen gegevens zijn geen bekende leemten opgegeven.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="407"/>
        <source>About the data</source>
        <translation>Over de gegevens</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="411"/>
        <source>About accessmap</source>
        <translation>Over accessmap</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="415"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1: toegang tot eerstelijnszorg in arme wijken, offline in kaart gebracht.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="dynamic_strings.py" line="31"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="35"/>
        <source>Not reachable</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="39"/>
        <source>Sector code</source>
        <translation>Sectorcode</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="43"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="47"/>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="51"/>
        <source>Neighbourhood health centre</source>
        <translation>Wijkgezondheidscentrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="55"/>
        <source>GP practice</source>
        <translation>Huisartsenpraktijk</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="59"/>
        <source>Other centre</source>
        <translation>Ander centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="63"/>
        <source>Coverage gap (poor, beyond the threshold)</source>
        <oldsource>Coverage gap (poorest third, worst access)</oldsource>
        <translation>Dekkingstekort (arm, voorbij de drempel)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="67"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="71"/>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="75"/>
        <source>Poverty</source>
        <translation>Armoede</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="79"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="83"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="87"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="91"/>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="95"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="99"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="103"/>
        <source>Least poor third</source>
        <translation>Minst arme derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="107"/>
        <source>Middle third</source>
        <translation>Middelste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="111"/>
        <source>Poorest third</source>
        <translation>Armste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="115"/>
        <source>{poverty}, {access} (P{p}A{a})</source>
        <translation>{poverty}, {access} (A{p}T{a})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="119"/>
        <source>least poor third</source>
        <translation>minst arme derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="123"/>
        <source>middle third</source>
        <translation>middelste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="127"/>
        <source>poorest third</source>
        <translation>armste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="131"/>
        <source>worst-access third</source>
        <oldsource>worst access</oldsource>
        <translation>derde met de slechtste toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="135"/>
        <source>middle-access third</source>
        <oldsource>middle access</oldsource>
        <translation>middelste derde voor toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="139"/>
        <source>best-access third</source>
        <oldsource>best access</oldsource>
        <translation>derde met de beste toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="143"/>
        <source>Less poor half of the others</source>
        <translation>Minder arme helft van de andere</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="147"/>
        <source>Poorer half of the others</source>
        <translation>Armere helft van de andere</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="151"/>
        <source>Poor (at or beyond the cut)</source>
        <translation>Arm (op of voorbij de grens)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="155"/>
        <source>less poor half</source>
        <translation>minder arme helft</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="159"/>
        <source>poorer half</source>
        <translation>armere helft</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="163"/>
        <source>poor (cut)</source>
        <translation>arm (grens)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="167"/>
        <source>No gap</source>
        <translation>Geen tekort</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="171"/>
        <source>Within the threshold</source>
        <translation>Binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="175"/>
        <source>Beyond the threshold</source>
        <translation>Buiten de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="179"/>
        <source>Inside a catchment area</source>
        <translation>In een werkingsgebied</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="183"/>
        <source>Outside every catchment area</source>
        <translation>Buiten elk werkingsgebied</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="187"/>
        <source>Gained access (now within the threshold)</source>
        <translation>Toegang gewonnen (nu binnen de drempel)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="191"/>
        <source>Lost access (now beyond the threshold)</source>
        <translation>Toegang verloren (nu buiten de drempel)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="195"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="199"/>
        <source>No change (within ±{d})</source>
        <translation>Geen verandering (binnen ±{d})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="203"/>
        <source>More than {v} shorter</source>
        <translation>Meer dan {v} korter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="207"/>
        <source>More than {v} longer</source>
        <translation>Meer dan {v} langer</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="211"/>
        <source>Distance to the nearest centre</source>
        <translation>Afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="215"/>
        <source>Distance to the third nearest centre</source>
        <translation>Afstand tot het derde dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="219"/>
        <source>Centres within the threshold</source>
        <translation>Centra binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="223"/>
        <source>GP capacity within the threshold</source>
        <translation>Huisartscapaciteit binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="227"/>
        <source>E2SFCA: GPs per 10,000 residents</source>
        <translation>E2SFCA: huisartsen per 10.000 inwoners</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="231"/>
        <source>Walking distance to the nearest centre</source>
        <translation>Wandelafstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="235"/>
        <source>Walking time to the nearest centre</source>
        <translation>Wandeltijd tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="239"/>
        <source>Detour index (walking / straight line)</source>
        <translation>Omwegfactor (wandelen / vogelvlucht)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="243"/>
        <source>Distance to the nearest step-free centre</source>
        <translation>Afstand tot het dichtstbijzijnde drempelvrije centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="247"/>
        <source>Poverty class</source>
        <translation>Armoedeklasse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="251"/>
        <source>Poverty and access (bivariate)</source>
        <translation>Armoede en toegang (bivariaat)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="255"/>
        <source>Coverage gap</source>
        <translation>Tekort aan zorgaanbod</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="259"/>
        <source>Nearest centre within the threshold</source>
        <translation>Dichtstbijzijnde centrum binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="263"/>
        <source>Inside a centre&apos;s catchment area</source>
        <translation>In het werkingsgebied van een centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="267"/>
        <source>Change in distance to the nearest centre</source>
        <translation>Verandering in afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="271"/>
        <source>Change in access (within the threshold)</source>
        <translation>Verandering in toegang (binnen de drempel)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="168"/>
        <source>Print and PDF</source>
        <translation>Afdrukken en PDF</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="199"/>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="199"/>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="202"/>
        <source>Default: Access to primary care</source>
        <translation>Standaard: Toegang tot eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="204"/>
        <source>Default: the indicator and the area</source>
        <translation>Standaard: de indicator en het gebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="209"/>
        <source>One page: the whole area</source>
        <translation>Eén pagina: het hele gebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="211"/>
        <source>One page zoomed to the selected sectors</source>
        <translation>Eén pagina ingezoomd op de geselecteerde sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="212"/>
        <source>Atlas: one page per selected sector</source>
        <translation>Atlas: één pagina per geselecteerde sector</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="214"/>
        <source>One page for one unit (e.g. a municipality)</source>
        <translation>Eén pagina voor één eenheid (bv. een gemeente)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="217"/>
        <source>Atlas: one page per {column} ({n} pages)</source>
        <translation>Atlas: één pagina per {column} ({n} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="219"/>
        <source>Atlas: one page per zone of a polygon layer...</source>
        <translation>Atlas: één pagina per zone van een polygonenlaag...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="225"/>
        <source>Untick the units you do not want a page for.</source>
        <translation>Vink de eenheden uit waarvoor u geen pagina wilt.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="226"/>
        <source>Zone layer...</source>
        <translation>Zonelaag...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="228"/>
        <source>Polygons such as the eerstelijnszones: one page per zone that holds sectors</source>
        <translation>Polygonen zoals de eerstelijnszones: één pagina per zone die sectoren bevat</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="230"/>
        <source>No zone layer chosen.</source>
        <translation>Geen zonelaag gekozen.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="237"/>
        <source>The sources line of the page: where the data come from and their licence</source>
        <translation>De bronregel van de pagina: waar de gegevens vandaan komen en hun licentie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="244"/>
        <source>Locator map</source>
        <translation>Situeringskaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="246"/>
        <source>Key figures beside the map</source>
        <translation>Kerncijfers naast de kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="251"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="252"/>
        <source>Orientation</source>
        <translation>Afdrukstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="253"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="254"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="255"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="256"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="257"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="258"/>
        <source>Unit column</source>
        <translation>Kolom van de eenheid</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="259"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="260"/>
        <source>Atlas pages</source>
        <translation>Atlaspagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="262"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="263"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="268"/>
        <source>Preview...</source>
        <translation>Voorbeeld...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="269"/>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="270"/>
        <source>Export PDF...</source>
        <translation>PDF exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="271"/>
        <source>Export PNG...</source>
        <translation>PNG exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="272"/>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="312"/>
        <source>PNG holds one page: choose a single page to export PNG.</source>
        <translation>Een PNG bevat één pagina: kies één pagina om als PNG te exporteren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="366"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="376"/>
        <source>Zone layer</source>
        <translation>Zonelaag</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="378"/>
        <source>Polygon layers (*.gpkg *.shp *.geojson *.json *.fgb *.zip)</source>
        <translation>Polygonenlagen (*.gpkg *.shp *.geojson *.json *.fgb *.zip)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="390"/>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="407"/>
        <source>{file}: {zones} zones, {pages} with sectors (one page each)</source>
        <translation>{file}: {zones} zones, {pages} met sectoren (één pagina per zone)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="441"/>
        <source>No attribution is known for {files}: type where these data come from and their licence (e.g. Statbel, CC BY 4.0).</source>
        <translation>Voor {files} is geen bronvermelding bekend: typ waar deze gegevens vandaan komen en hun licentie (bv. Statbel, CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="515"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="551"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="565"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="582"/>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="585"/>
        <source>Writing the PDF...</source>
        <translation>PDF wordt weggeschreven...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="592"/>
        <source>Export PNG</source>
        <translation>PNG exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="597"/>
        <source>Writing the PNG...</source>
        <translation>PNG wordt weggeschreven...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="630"/>
        <source>Cancelling...</source>
        <translation>Bezig met annuleren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="648"/>
        <source>Written: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="657"/>
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er werd geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ProjectOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="55"/>
        <source>The disk is full: free some space, or save the project elsewhere.</source>
        <translation>De schijf is vol: maak ruimte vrij, of bewaar het project elders.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="59"/>
        <source>accessmap may not write there: save the project in a folder you can write to (File &gt; Save project as...).</source>
        <translation>accessmap mag daar niet schrijven: bewaar het project in een map waarin u kunt schrijven (Bestand &gt; Project opslaan als...).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="65"/>
        <source>The folder does not exist (moved or removed?): save the project somewhere else (File &gt; Save project as...).</source>
        <translation>De map bestaat niet (verplaatst of verwijderd?): bewaar het project ergens anders (Bestand &gt; Project opslaan als...).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="99"/>
        <source>There is nothing to save yet: load data first.</source>
        <translation>Er is nog niets om op te slaan: laad eerst gegevens.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="154"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="156"/>
        <source>accessmap projects (*.accessmap)</source>
        <translation>accessmap-projecten (*.accessmap)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="179"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="197"/>
        <source>An autosave of this project is newer than the file (the program may have stopped unexpectedly). Recover it?</source>
        <translation>Er is een automatisch opgeslagen versie van dit project die nieuwer is dan het bestand (het programma is misschien onverwacht gestopt). Wilt u die herstellen?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="225"/>
        <source>accessmap found unsaved work from a previous session. Recover it?</source>
        <translation>accessmap heeft niet-opgeslagen werk van een vorige sessie gevonden. Wilt u het herstellen?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="260"/>
        <source>Autosave failed (%1): </source>
        <translation>Automatisch opslaan mislukt (%1): </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="271"/>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="272"/>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="293"/>
        <source>accessmap</source>
        <translation>accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="281"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Het project heeft niet-opgeslagen wijzigingen. Wilt u ze opslaan?</translation>
    </message>
</context>
<context>
    <name>QuintileBeyondChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="323"/>
        <source>Residents beyond the threshold</source>
        <translation>Inwoners buiten de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="324"/>
        <source>% of residents</source>
        <translation>% van de inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="325"/>
        <source>poverty quintile (residents)</source>
        <translation>armoedekwintiel (inwoners)</translation>
    </message>
</context>
<context>
    <name>QuintileDistanceChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="298"/>
        <source>min walk</source>
        <translation>min te voet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="298"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="299"/>
        <source>Distance to the nearest centre</source>
        <translation>Afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="312"/>
        <source>mean distance</source>
        <translation>gemiddelde afstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="300"/>
        <source>poverty quintile (residents)</source>
        <translation>armoedekwintiel (inwoners)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="308"/>
        <source>threshold</source>
        <translation>drempel</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="242"/>
        <source>Filter sectors (name, id, municipality, ...)</source>
        <translation>Sectoren filteren (naam, code, gemeente, ...)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="245"/>
        <source>Search every column, or only the one chosen here</source>
        <translation>In elke kolom zoeken, of alleen in de hier gekozen kolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="247"/>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="309"/>
        <source>all columns</source>
        <translation>alle kolommen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="269"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="375"/>
        <source>%1 of %2 sectors shown</source>
        <translation>%1 van %2 sectoren getoond</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="380"/>
        <source>the filter matched in: %1</source>
        <translation>de filter vond treffers in: %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="385"/>
        <source>(1 of them hidden by the filter)</source>
        <translation>(1 ervan verborgen door de filter)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="387"/>
        <source>(%1 of them hidden by the filter)</source>
        <translation>(%1 ervan verborgen door de filter)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="393"/>
        <source>1 sector selected</source>
        <translation>1 sector geselecteerd</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="394"/>
        <source>%1 sectors selected</source>
        <translation>%1 sectoren geselecteerd</translation>
    </message>
</context>
<context>
    <name>ScenarioDocks</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="47"/>
        <source>&lt;loaded data&gt;</source>
        <translation>&lt;geladen gegevens&gt;</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="54"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="55"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="60"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="61"/>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="62"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="63"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="117"/>
        <source>Click on the map to add a neighbourhood health centre.</source>
        <translation>Klik op de kaart om een wijkgezondheidscentrum toe te voegen.</translation>
    </message>
</context>
<context>
    <name>ScenarioOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="147"/>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="149"/>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="184"/>
        <source>Click on the map where centre %1 should move.</source>
        <translation>Klik op de kaart waar centrum %1 naartoe moet.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="206"/>
        <source>New centre %1</source>
        <translation>Nieuw centrum %1</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="140"/>
        <source>New (copy)</source>
        <translation>Nieuw (kopie)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="141"/>
        <source>From baseline</source>
        <translation>Vanuit de uitgangssituatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="142"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="143"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="147"/>
        <source>Show change on map</source>
        <translation>Verandering op de kaart tonen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="150"/>
        <source>Map the selected scenario&apos;s change in distance to the nearest centre against the baseline (blue: closer, red: farther). Compare first.</source>
        <translation>Toon op de kaart hoe de afstand tot het dichtstbijzijnde centrum in het gekozen scenario verandert tegenover de uitgangssituatie (blauw: dichterbij, rood: verder). Vergelijk eerst.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="222"/>
        <source>Map: change from the baseline to %1.</source>
        <translation>Kaart: verandering van de uitgangssituatie naar %1.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edit</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edits</source>
        <translation>wijzigingen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="268"/>
        <source>Comparing %1 scenarios...</source>
        <translation>%1 scenario&apos;s worden vergeleken...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="288"/>
        <source>Compared against the baseline.</source>
        <translation>Vergeleken met de uitgangssituatie.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="226"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="297"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="297"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="52"/>
        <source>Suggest sites for new centres</source>
        <translation>Locaties voor nieuwe centra voorstellen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="57"/>
        <source>weight residents by poverty</source>
        <translation>inwoners wegen naar armoede</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="60"/>
        <source>best (exact, spopt / CBC)</source>
        <translation>beste (exact, spopt / CBC)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="61"/>
        <source>fast (greedy)</source>
        <translation>snel (gulzig)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="64"/>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="68"/>
        <source>site (sector)</source>
        <translation>locatie (sector)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="69"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="70"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="71"/>
        <source>poor residents newly within reach</source>
        <translation>arme inwoners die nieuw binnen bereik komen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="78"/>
        <source>Add the selected site as a centre</source>
        <translation>De geselecteerde locatie als centrum toevoegen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="82"/>
        <source>New centres (k)</source>
        <translation>Nieuwe centra (k)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="84"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="109"/>
        <source>Solving...</source>
        <translation>Bezig met oplossen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="131"/>
        <source>Suggested site %1</source>
        <translation>Voorgestelde locatie %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="138"/>
        <source>Poor residents within the threshold: %1 now, %2 with these sites (method: %3, %4).</source>
        <translation>Arme inwoners binnen de drempel: nu %1, %2 met deze locaties (methode: %3, %4).</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="65"/>
        <source>Residents within the threshold</source>
        <translation>Inwoners binnen de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="67"/>
        <source>Poorest third&apos;s residents within it</source>
        <translation>Inwoners van het armste derde binnen de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="69"/>
        <source>Poor residents beyond it</source>
        <translation>Arme inwoners buiten de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="70"/>
        <source>Concentration index (Erreygers)</source>
        <translation>Concentratie-index (Erreygers)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="71"/>
        <source>Coverage-gap sectors (poor, beyond it)</source>
        <translation>Sectoren met dekkingstekort (arm, erbuiten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="72"/>
        <source>Residents in the coverage gap</source>
        <translation>Inwoners in tekortsectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="73"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="74"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="75"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="76"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="123"/>
        <source>%1 min (%2)</source>
        <translation>%1 min (%2)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="129"/>
        <source>Poor residents (by the cut) within it</source>
        <translation>Arme inwoners (volgens de grens) erbinnen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="141"/>
        <source>GP capacity unknown for %1 centres: counted as 1 FTE each.</source>
        <translation>Huisartscapaciteit onbekend voor %1 centra: elk geteld als 1 VTE.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="159"/>
        <source>Threshold in walking minutes, but distances are straight lines (no street network is loaded): %1 min at %2 km/h = %3 in a straight line.</source>
        <translation>Drempel in minuten wandelen, maar de afstanden zijn in vogelvlucht (geen stratennetwerk geladen): %1 min aan %2 km/u = %3 in vogelvlucht.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="174"/>
        <source>About the data: </source>
        <translation>Over de gegevens: </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="66"/>
        <source>Show coverage in one year</source>
        <translation>Bereik in één jaar tonen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="74"/>
        <source>Residents within the threshold, year by year</source>
        <translation>Inwoners binnen de drempel, jaar per jaar</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="75"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="79"/>
        <source>all residents</source>
        <translation>alle inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="82"/>
        <source>poorest third</source>
        <translation>armste derde</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="119"/>
        <source>No centre has an opening or closing year: coverage is the same every year. Add years in the Centres dock to see coverage over time.</source>
        <translation>Geen enkel centrum heeft een openings- of sluitingsjaar: het bereik is elk jaar hetzelfde. Voeg jaren toe in het paneel Centra om het bereik in de tijd te zien.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="139"/>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
</context>
<context>
    <name>_QuintileChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="265"/>
        <source>1 poorest</source>
        <translation>1 armste</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="265"/>
        <source>5 least poor</source>
        <translation>5 minst arm</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="190"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Voor de geladen gegevens zijn geen bekende leemten opgegeven.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="192"/>
        <source>About the data</source>
        <translation>Over de gegevens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="205"/>
        <source>About accessmap</source>
        <translation>Over accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="207"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1: toegang tot eerstelijnszorg in arme wijken, offline in kaart gebracht.</translation>
    </message>
</context>
</TS>
