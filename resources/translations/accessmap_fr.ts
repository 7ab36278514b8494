<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="70"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="74"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Ouvrir des secteurs, des centres, des tableaux ou un projet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="76"/>
        <source>&amp;Import table or points...</source>
        <translation>&amp;Importer un tableau ou des points...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="78"/>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="81"/>
        <source>Save project &amp;as...</source>
        <translation>Enregistrer le projet &amp;sous...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="85"/>
        <source>&amp;Print / PDF...</source>
        <translation>Im&amp;primer / PDF...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="92"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomer sur la couche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="95"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="96"/>
        <source>&amp;Run analysis</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="97"/>
        <source>&amp;Cancel analysis</source>
        <translation>A&amp;nnuler l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="100"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="104"/>
        <source>A short manual, offline</source>
        <translation>Un court manuel, hors ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="108"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="112"/>
        <source>About the &amp;data...</source>
        <translation>À propos des &amp;données...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="113"/>
        <source>&amp;About accessmap...</source>
        <translation>À &amp;propos d&apos;accessmap...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="117"/>
        <location filename="../../accessmap/gui/panels/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="120"/>
        <location filename="../../accessmap/gui/panels/actions.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="130"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="134"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="151"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="155"/>
        <source>&amp;Add centres by clicking</source>
        <translation>&amp;Ajouter des centres par clic</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="158"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Suggérer des sites...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="159"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="160"/>
        <source>&amp;Compare scenarios</source>
        <translation>&amp;Comparer les scénarios</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="161"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="167"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="173"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="180"/>
        <source>higher value = poorer</source>
        <translation>valeur plus élevée = plus pauvre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="181"/>
        <source>lower value = poorer</source>
        <translation>valeur plus basse = plus pauvre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="182"/>
        <source>absolute cut</source>
        <translation>seuil absolu</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="184"/>
        <source>type a value</source>
        <translation>saisissez une valeur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="189"/>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="190"/>
        <source>minutes walking</source>
        <translation>minutes à pied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="191"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="192"/>
        <source>walk over the street network</source>
        <translation>à pied par le réseau de rues</translation>
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
        <translation>Gaussienne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="196"/>
        <source>stepped (500/1000/1500 m)</source>
        <translation>par paliers (500/1000/1500 m)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="198"/>
        <source>auto (catchment / 2)</source>
        <translation>auto (zone d&apos;activité / 2)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="199"/>
        <source>Run analysis</source>
        <translation>Lancer l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>quantiles</source>
        <translation>quantiles</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>natural breaks</source>
        <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="205"/>
        <source>equal interval</source>
        <translation>intervalles égaux</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="235"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="237"/>
        <source>Poverty column</source>
        <translation>Colonne de pauvreté</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="238"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="242"/>
        <source>Poor</source>
        <translation>Pauvre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="246"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="247"/>
        <source>Walking speed</source>
        <translation>Vitesse de marche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="249"/>
        <source>E2SFCA catchment</source>
        <translation>Zone d&apos;activité E2SFCA</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="250"/>
        <source>E2SFCA weights</source>
        <translation>Pondération E2SFCA</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="251"/>
        <source>Gaussian sigma</source>
        <translation>Sigma gaussien</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="253"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="255"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="256"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="257"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="280"/>
        <source>The sector column that measures poverty (e.g. the BIMD income score or the share with increased reimbursement). It ranks sectors into poverty classes.</source>
        <translation>La colonne des secteurs qui mesure la pauvreté (p. ex. le score de revenu du BIMD ou la part de bénéficiaires de l&apos;intervention majorée). Elle classe les secteurs en classes de pauvreté.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="284"/>
        <source>Which way the poverty column points: higher = poorer for a deprivation score or a share of residents, lower = poorer for a median income or a BIMD decile.</source>
        <translation>Le sens de la colonne de pauvreté : plus élevé = plus pauvre pour un score de privation ou une part d&apos;habitants, plus bas = plus pauvre pour un revenu médian ou un décile du BIMD.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="288"/>
        <source>Off: the poorest third of the sectors is &apos;poor&apos;. On: &apos;poor&apos; = at or beyond the value beside it in the poverty direction (e.g. decile &lt;= 2, BIM share &gt;= 30); the other sectors are split into two classes.</source>
        <translation>Désactivé : le tiers le plus pauvre des secteurs est « pauvre ». Activé : « pauvre » = à la valeur voisine ou au-delà dans le sens de la pauvreté (p. ex. décile &lt;= 2, part BIM &gt;= 30) ; les autres secteurs sont répartis en deux classes.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="293"/>
        <source>The absolute poverty cut: sectors at or beyond this value (&gt;= when higher is poorer, &lt;= when lower is poorer) count as poor.</source>
        <translation>Le seuil absolu de pauvreté : les secteurs à cette valeur ou au-delà (&gt;= si plus élevé = plus pauvre, &lt;= si plus bas = plus pauvre) comptent comme pauvres.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="297"/>
        <source>Distance or walking time within which a centre counts as reachable; sectors beyond it and poor form the coverage gap.</source>
        <translation>Distance ou temps de marche en deçà duquel un centre compte comme accessible ; les secteurs pauvres au-delà forment le déficit de couverture.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="301"/>
        <source>Threshold in metres or in minutes walking. Each unit keeps its own value. Without a street network, minutes are straight-line metres at the walking speed.</source>
        <translation>Seuil en mètres ou en minutes de marche. Chaque unité garde sa propre valeur. Sans réseau de rues, les minutes sont des mètres à vol d&apos;oiseau à la vitesse de marche.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="306"/>
        <source>Walking speed used to turn minutes into metres (4.5 km/h = 75 m per minute).</source>
        <translation>Vitesse de marche pour convertir les minutes en mètres (4,5 km/h = 75 m par minute).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="309"/>
        <source>Measure walking distances over the loaded street network instead of straight lines (needs a network layer).</source>
        <translation>Mesurer les distances de marche sur le réseau de rues chargé plutôt qu&apos;à vol d&apos;oiseau (nécessite une couche de réseau).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="313"/>
        <source>E2SFCA catchment: how far a centre&apos;s capacity is shared among residents (the &apos;GPs per 10,000 residents within reach&apos; indicator).</source>
        <translation>Zone E2SFCA : jusqu&apos;où la capacité d&apos;un centre est partagée entre les habitants (l&apos;indicateur « médecins généralistes pour 10 000 habitants à portée »).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="317"/>
        <source>How E2SFCA weighs distance inside the catchment: a smooth Gaussian decay, or steps of 1.0 / 0.68 / 0.22 at 500 / 1,000 / 1,500 m.</source>
        <translation>Comment l&apos;E2SFCA pondère la distance dans la zone : une décroissance gaussienne progressive, ou des paliers de 1,0 / 0,68 / 0,22 à 500 / 1 000 / 1 500 m.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="321"/>
        <source>Width of the Gaussian decay; 0 = automatic (half the catchment).</source>
        <translation>Largeur de la décroissance gaussienne ; 0 = automatique (la moitié de la zone).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="323"/>
        <source>Run the analysis again with these settings (F5).</source>
        <translation>Relancer l&apos;analyse avec ces paramètres (F5).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="324"/>
        <source>The indicator the map colours the sectors by.</source>
        <translation>L&apos;indicateur selon lequel la carte colore les secteurs.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="326"/>
        <source>How the map&apos;s classes are cut: equal numbers of sectors (quantiles), natural breaks in the values, or equal widths.</source>
        <translation>Comment les classes de la carte sont découpées : autant de secteurs par classe (quantiles), seuils naturels des valeurs, ou largeurs égales.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="329"/>
        <source>Number of colour classes on the map.</source>
        <translation>Nombre de classes de couleur sur la carte.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="398"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
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
        <translation>Un scénario portant ce nom existe déjà.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="409"/>
        <source>Add a layer of centres to run the analysis.</source>
        <translation>Ajoutez une couche de centres pour lancer l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="433"/>
        <source>Analysis done.</source>
        <translation>Analyse terminée.</translation>
    </message>
</context>
<context>
    <name>CentreEditorPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="63"/>
        <source>Add centres by clicking on the map</source>
        <translation>Ajouter des centres en cliquant sur la carte</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="67"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="68"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="69"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="70"/>
        <source>GP FTE</source>
        <translation>ETP médecins</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="71"/>
        <source>step-free</source>
        <translation>sans marche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="72"/>
        <source>opened</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="73"/>
        <source>closed</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>neighbourhood health centre</source>
        <translation>maison médicale</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>GP practice</source>
        <translation>cabinet de médecine générale</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="94"/>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="97"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="98"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="99"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="103"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="104"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="105"/>
        <source>Move...</source>
        <translation>Déplacer...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="107"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="109"/>
        <source>GP full-time equivalents</source>
        <translation>Médecins généralistes en équivalents temps plein</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="110"/>
        <source>Step-free access</source>
        <translation>Accès sans marche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="111"/>
        <source>Opening year</source>
        <translation>Année d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="112"/>
        <source>Closing year</source>
        <translation>Année de fermeture</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="70"/>
        <source>Export charts...</source>
        <translation>Exporter les graphiques...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="132"/>
        <source>baseline</source>
        <translation>situation de référence</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="170"/>
        <source>Export charts to folder</source>
        <translation>Exporter les graphiques vers un dossier</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="dynamic_strings.py" line="11"/>
        <source>Add centre {centre}</source>
        <translation>Ajouter le centre {centre}</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="15"/>
        <source>Change settings ({changes})</source>
        <translation>Modifier les paramètres ({changes})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="19"/>
        <source>Edit centre {centre} ({fields})</source>
        <translation>Modifier le centre {centre} ({fields})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="23"/>
        <source>Move centre {centre}</source>
        <translation>Déplacer le centre {centre}</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="27"/>
        <source>Remove centre {centre}</source>
        <translation>Supprimer le centre {centre}</translation>
    </message>
</context>
<context>
    <name>ConcentrationChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="341"/>
        <source>Concentration curve</source>
        <translation>Courbe de concentration</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="343"/>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="345"/>
        <source>residents, poorest first (cumulative share)</source>
        <translation>habitants, les plus pauvres d&apos;abord (part cumulée)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="346"/>
        <source>share covered</source>
        <translation>part couverte</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="136"/>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="179"/>
        <source>Charts export to .png or .svg files.</source>
        <translation>Les graphiques s&apos;exportent en fichiers .png ou .svg.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="199"/>
        <source>The chart could not be written.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="34"/>
        <source>accessmap: problem</source>
        <translation>accessmap&#xa0;: problème</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="38"/>
        <source>Nothing you loaded was lost.</source>
        <translation>Rien de ce que vous avez chargé n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="50"/>
        <source>Open data files</source>
        <translation>Ouvrir des fichiers de données</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="95"/>
        <source>statistical sectors (areas with residents)</source>
        <translation>secteurs statistiques (zones avec habitants)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="96"/>
        <source>health centres / GP practices (points)</source>
        <translation>maisons médicales / cabinets de médecine générale (points)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="97"/>
        <source>catchment areas of centres</source>
        <translation>zones d&apos;activité des centres</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="98"/>
        <source>resident or address points</source>
        <translation>points d&apos;habitants ou d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="99"/>
        <source>walking network (lines)</source>
        <translation>réseau piéton (lignes)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="100"/>
        <source>a table to join to the sectors</source>
        <translation>un tableau à joindre aux secteurs</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="101"/>
        <source>centres with coordinates</source>
        <translation>centres avec coordonnées</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="106"/>
        <source>What is this file?</source>
        <translation>Qu&apos;est-ce que ce fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="107"/>
        <source>Load %1 as:</source>
        <translation>Charger %1 comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="123"/>
        <source>Import a table or points</source>
        <translation>Importer un tableau ou des points</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="178"/>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="192"/>
        <source>Sector table as CSV...</source>
        <translation>Tableau des secteurs en CSV...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="193"/>
        <source>Sector table as Excel...</source>
        <translation>Tableau des secteurs en Excel...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="194"/>
        <source>Map layers as GeoPackage...</source>
        <translation>Couches de la carte en GeoPackage...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="195"/>
        <source>Summary as JSON...</source>
        <translation>Résumé en JSON...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="196"/>
        <source>Web map (folder)...</source>
        <translation>Carte web (dossier)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="197"/>
        <source>Charts as PNG and SVG (folder)...</source>
        <translation>Graphiques en PNG et SVG (dossier)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="206"/>
        <source>Nothing to export yet.</source>
        <translation>Rien à exporter pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="212"/>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="217"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="243"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="275"/>
        <source>Data (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;All files (*)</source>
        <translation>Données (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="243"/>
        <source>accessmap manual</source>
        <translation>Manuel d&apos;accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="253"/>
        <source>The manual is missing from this installation (%1): reinstall accessmap.</source>
        <translation>Le manuel manque dans cette installation (%1) : réinstallez accessmap.</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="411"/>
        <source>Mapped indicator</source>
        <translation>Indicateur cartographié</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="413"/>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="129"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="132"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="136"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>detect</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="132"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>point .</source>
        <translation>point .</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="144"/>
        <source>comma ,</source>
        <translation>virgule ,</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="149"/>
        <source>Join columns to the sectors</source>
        <translation>Joindre les colonnes aux secteurs</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="150"/>
        <source>Load as centres (points with coordinates)</source>
        <translation>Charger comme centres (points avec coordonnées)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="154"/>
        <source>sector id</source>
        <translation>code du secteur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="155"/>
        <source>sector name</source>
        <translation>nom du secteur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="156"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="160"/>
        <source>also match names that differ in case, accents or separators</source>
        <translation>faire aussi correspondre les noms qui diffèrent par la casse, les accents ou les séparateurs</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="164"/>
        <source>stop with a message</source>
        <translation>arrêter avec un message</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="165"/>
        <source>keep the first row</source>
        <translation>garder la première ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="166"/>
        <source>average the rows</source>
        <translation>faire la moyenne des lignes</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="169"/>
        <source>Check the join</source>
        <translation>Vérifier la jointure</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="173"/>
        <source>The join report appears here before anything is applied.</source>
        <translation>Le rapport de jointure s&apos;affiche ici avant que quoi que ce soit ne soit appliqué.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="179"/>
        <source>The column that says what kind of place each point is</source>
        <translation>La colonne qui indique le type de lieu de chaque point</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="182"/>
        <source>Checked kinds of place are loaded as centres of primary care</source>
        <translation>Les types de lieux cochés sont chargés comme centres de soins de première ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="222"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="223"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="224"/>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="227"/>
        <source>Table key column</source>
        <translation>Colonne clé du tableau</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="228"/>
        <source>Matches sector</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="230"/>
        <source>Repeated keys</source>
        <translation>Clés répétées</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="235"/>
        <source>x / longitude column</source>
        <translation>Colonne x / longitude</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="236"/>
        <source>y / latitude column</source>
        <translation>Colonne y / latitude</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="237"/>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="238"/>
        <source>Name column</source>
        <translation>Colonne du nom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="239"/>
        <source>Type column</source>
        <translation>Colonne du type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="240"/>
        <source>Primary care</source>
        <translation>Soins de première ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="281"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="296"/>
        <source>(none: load every point)</source>
        <translation>(aucune : charger tous les points)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="319"/>
        <source>%1 cannot be read as a point layer.</source>
        <translation>%1 ne peut pas être lu comme couche de points.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="323"/>
        <source>%1 points (%2), coordinate system %3</source>
        <translation>%1 points (%2), système de coordonnées %3</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="325"/>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="383"/>
        <source>%1 of %2 points will be loaded as centres.</source>
        <translation>%1 points sur %2 seront chargés comme centres.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="180"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="186"/>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="204"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="205"/>
        <source>The new language applies when you restart accessmap.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage d&apos;accessmap.</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="43"/>
        <source>Statistical sectors</source>
        <translation>Secteurs statistiques</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="44"/>
        <source>Health centres / GP practices</source>
        <translation>Maisons médicales / cabinets de médecine générale</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="45"/>
        <source>Catchment areas</source>
        <translation>Zones d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="46"/>
        <source>Walking network</source>
        <translation>Réseau piéton</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="47"/>
        <source>Residents (address points)</source>
        <translation>Habitants (points d&apos;adresse)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="55"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="56"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="80"/>
        <source>accessmap: access to primary care</source>
        <translation>accessmap&#xa0;: accès aux soins de première ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="109"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="110"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="111"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="112"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="145"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="167"/>
        <source>Map script error: </source>
        <translation>Erreur de script de la carte&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="206"/>
        <source>No analysis result for the loaded layers yet.</source>
        <translation>Pas encore de résultat d&apos;analyse pour les couches chargées.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="210"/>
        <source>Add centres for this area (File &gt; Import table or points...), then run the analysis.</source>
        <translation>Ajoutez des centres pour cette zone (Fichier &gt; Importer un tableau ou des points...), puis lancez l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="279"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="283"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Ouvrir des secteurs, des centres, des tableaux ou un projet</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="287"/>
        <source>&amp;Import table or points...</source>
        <translation>&amp;Importer un tableau ou des points...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="291"/>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="295"/>
        <source>Save project &amp;as...</source>
        <translation>Enregistrer le projet &amp;sous...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="299"/>
        <source>&amp;Print / PDF...</source>
        <translation>Im&amp;primer / PDF...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="303"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="307"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomer sur la couche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="311"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="315"/>
        <source>&amp;Run analysis</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="319"/>
        <source>&amp;Cancel analysis</source>
        <translation>A&amp;nnuler l&apos;analyse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="323"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="327"/>
        <source>A short manual, offline</source>
        <translation>Un court manuel, hors ligne</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="331"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="335"/>
        <source>About the &amp;data...</source>
        <translation>À propos des &amp;données...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="339"/>
        <source>&amp;About accessmap...</source>
        <translation>À &amp;propos d&apos;accessmap...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="343"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="347"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="355"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="359"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="371"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="375"/>
        <source>&amp;Add centres by clicking</source>
        <translation>&amp;Ajouter des centres par clic</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="379"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Suggérer des sites...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="383"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="387"/>
        <source>&amp;Compare scenarios</source>
        <translation>&amp;Comparer les scénarios</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="391"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="395"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="399"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="403"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Aucune lacune connue n&apos;a été déclarée pour les données chargées.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="407"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="411"/>
        <source>About accessmap</source>
        <translation>À propos d&apos;accessmap</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="415"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1&#xa0;: l&apos;accès aux soins de première ligne dans les quartiers pauvres, cartographié hors ligne.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="dynamic_strings.py" line="31"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="35"/>
        <source>Not reachable</source>
        <translation>Hors d&apos;atteinte</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="39"/>
        <source>Sector code</source>
        <translation>Code du secteur</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="43"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="47"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="51"/>
        <source>Neighbourhood health centre</source>
        <translation>Maison médicale</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="55"/>
        <source>GP practice</source>
        <translation>Cabinet de médecine générale</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="59"/>
        <source>Other centre</source>
        <translation>Autre centre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="63"/>
        <source>Coverage gap (poor, beyond the threshold)</source>
        <oldsource>Coverage gap (poorest third, worst access)</oldsource>
        <translation>Déficit de couverture (pauvre, au-delà du seuil)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="67"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="71"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="75"/>
        <source>Poverty</source>
        <translation>Pauvreté</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="79"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="83"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="87"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="91"/>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="95"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="99"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="103"/>
        <source>Least poor third</source>
        <translation>Tiers le moins pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="107"/>
        <source>Middle third</source>
        <translation>Tiers du milieu</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="111"/>
        <source>Poorest third</source>
        <translation>Tiers le plus pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="115"/>
        <source>{poverty}, {access} (P{p}A{a})</source>
        <translation>{poverty}, {access} (P{p}A{a})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="119"/>
        <source>least poor third</source>
        <translation>tiers le moins pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="123"/>
        <source>middle third</source>
        <translation>tiers du milieu</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="127"/>
        <source>poorest third</source>
        <translation>tiers le plus pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="131"/>
        <source>worst-access third</source>
        <oldsource>worst access</oldsource>
        <translation>tiers au moins bon accès</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="135"/>
        <source>middle-access third</source>
        <oldsource>middle access</oldsource>
        <translation>tiers à l&apos;accès moyen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="139"/>
        <source>best-access third</source>
        <oldsource>best access</oldsource>
        <translation>tiers au meilleur accès</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="143"/>
        <source>Less poor half of the others</source>
        <translation>Moitié la moins pauvre des autres</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="147"/>
        <source>Poorer half of the others</source>
        <translation>Moitié la plus pauvre des autres</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="151"/>
        <source>Poor (at or beyond the cut)</source>
        <translation>Pauvre (au seuil ou au-delà)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="155"/>
        <source>less poor half</source>
        <translation>moitié la moins pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="159"/>
        <source>poorer half</source>
        <translation>moitié la plus pauvre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="163"/>
        <source>poor (cut)</source>
        <translation>pauvre (seuil)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="167"/>
        <source>No gap</source>
        <translation>Pas de lacune</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="171"/>
        <source>Within the threshold</source>
        <translation>Dans le seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="175"/>
        <source>Beyond the threshold</source>
        <translation>Au-delà du seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="179"/>
        <source>Inside a catchment area</source>
        <translation>Dans une zone d&apos;activité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="183"/>
        <source>Outside every catchment area</source>
        <translation>Hors de toute zone d&apos;activité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="187"/>
        <source>Gained access (now within the threshold)</source>
        <translation>Accès gagné (désormais dans le seuil)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="191"/>
        <source>Lost access (now beyond the threshold)</source>
        <translation>Accès perdu (désormais au-delà du seuil)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="195"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="199"/>
        <source>No change (within ±{d})</source>
        <translation>Pas de changement (à ±{d} près)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="203"/>
        <source>More than {v} shorter</source>
        <translation>Plus courte de plus de {v}</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="207"/>
        <source>More than {v} longer</source>
        <translation>Plus longue de plus de {v}</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="211"/>
        <source>Distance to the nearest centre</source>
        <translation>Distance au centre le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="215"/>
        <source>Distance to the third nearest centre</source>
        <translation>Distance au troisième centre le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="219"/>
        <source>Centres within the threshold</source>
        <translation>Centres dans le seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="223"/>
        <source>GP capacity within the threshold</source>
        <translation>Capacité en médecins généralistes dans le seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="227"/>
        <source>E2SFCA: GPs per 10,000 residents</source>
        <translation>E2SFCA&#xa0;: médecins généralistes pour 10 000 habitants</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="231"/>
        <source>Walking distance to the nearest centre</source>
        <translation>Distance à pied au centre le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="235"/>
        <source>Walking time to the nearest centre</source>
        <translation>Temps de marche jusqu&apos;au centre le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="239"/>
        <source>Detour index (walking / straight line)</source>
        <translation>Indice de détour (à pied / à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="243"/>
        <source>Distance to the nearest step-free centre</source>
        <translation>Distance au centre sans marche le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="247"/>
        <source>Poverty class</source>
        <translation>Classe de pauvreté</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="251"/>
        <source>Poverty and access (bivariate)</source>
        <translation>Pauvreté et accès (bivarié)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="255"/>
        <source>Coverage gap</source>
        <translation>Lacune de couverture</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="259"/>
        <source>Nearest centre within the threshold</source>
        <translation>Centre le plus proche dans le seuil</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="263"/>
        <source>Inside a centre&apos;s catchment area</source>
        <translation>Dans la zone d&apos;activité d&apos;un centre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="267"/>
        <source>Change in distance to the nearest centre</source>
        <translation>Variation de la distance au centre le plus proche</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="271"/>
        <source>Change in access (within the threshold)</source>
        <translation>Variation de l&apos;accès (dans le seuil)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="168"/>
        <source>Print and PDF</source>
        <translation>Imprimer et PDF</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="199"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="199"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="202"/>
        <source>Default: Access to primary care</source>
        <translation>Par défaut&#xa0;: Accès aux soins de première ligne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="204"/>
        <source>Default: the indicator and the area</source>
        <translation>Par défaut&#xa0;: l&apos;indicateur et la zone</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="209"/>
        <source>One page: the whole area</source>
        <translation>Une page&#xa0;: toute la zone</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="211"/>
        <source>One page zoomed to the selected sectors</source>
        <translation>Une page centrée sur les secteurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="212"/>
        <source>Atlas: one page per selected sector</source>
        <translation>Atlas&#xa0;: une page par secteur sélectionné</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="214"/>
        <source>One page for one unit (e.g. a municipality)</source>
        <translation>Une page pour une unité (p. ex. une commune)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="217"/>
        <source>Atlas: one page per {column} ({n} pages)</source>
        <translation>Atlas&#xa0;: une page par {column} ({n} pages)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="219"/>
        <source>Atlas: one page per zone of a polygon layer...</source>
        <translation>Atlas : une page par zone d&apos;une couche de polygones...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="225"/>
        <source>Untick the units you do not want a page for.</source>
        <translation>Décochez les unités pour lesquelles vous ne voulez pas de page.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="226"/>
        <source>Zone layer...</source>
        <translation>Couche de zones...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="228"/>
        <source>Polygons such as the eerstelijnszones: one page per zone that holds sectors</source>
        <translation>Des polygones comme les zones de première ligne : une page par zone qui contient des secteurs</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="230"/>
        <source>No zone layer chosen.</source>
        <translation>Aucune couche de zones choisie.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="237"/>
        <source>The sources line of the page: where the data come from and their licence</source>
        <translation>La ligne des sources de la page : d&apos;où viennent les données et leur licence</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="244"/>
        <source>Locator map</source>
        <translation>Carte de situation</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="246"/>
        <source>Key figures beside the map</source>
        <translation>Chiffres clés à côté de la carte</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="251"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="252"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="253"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="254"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="255"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="256"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="257"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="258"/>
        <source>Unit column</source>
        <translation>Colonne de l&apos;unité</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="259"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="260"/>
        <source>Atlas pages</source>
        <translation>Pages de l&apos;atlas</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="262"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="263"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="268"/>
        <source>Preview...</source>
        <translation>Aperçu...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="269"/>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="270"/>
        <source>Export PDF...</source>
        <translation>Exporter en PDF...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="271"/>
        <source>Export PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="272"/>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="312"/>
        <source>PNG holds one page: choose a single page to export PNG.</source>
        <translation>Un PNG contient une seule page&#xa0;: choisissez une seule page pour exporter en PNG.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="366"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="376"/>
        <source>Zone layer</source>
        <translation>Couche de zones</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="378"/>
        <source>Polygon layers (*.gpkg *.shp *.geojson *.json *.fgb *.zip)</source>
        <translation>Couches de polygones (*.gpkg *.shp *.geojson *.json *.fgb *.zip)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="390"/>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="407"/>
        <source>{file}: {zones} zones, {pages} with sectors (one page each)</source>
        <translation>{file} : {zones} zones, {pages} avec des secteurs (une page chacune)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="441"/>
        <source>No attribution is known for {files}: type where these data come from and their licence (e.g. Statbel, CC BY 4.0).</source>
        <translation>Aucune attribution n&apos;est connue pour {files} : saisissez d&apos;où viennent ces données et leur licence (p. ex. Statbel, CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="515"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="551"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="565"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="582"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="585"/>
        <source>Writing the PDF...</source>
        <translation>Écriture du PDF...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="592"/>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="597"/>
        <source>Writing the PNG...</source>
        <translation>Écriture du PNG...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="630"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="648"/>
        <source>Written: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="657"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ProjectOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="55"/>
        <source>The disk is full: free some space, or save the project elsewhere.</source>
        <translation>Le disque est plein : libérez de l&apos;espace ou enregistrez le projet ailleurs.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="59"/>
        <source>accessmap may not write there: save the project in a folder you can write to (File &gt; Save project as...).</source>
        <translation>accessmap ne peut pas écrire à cet endroit : enregistrez le projet dans un dossier où vous pouvez écrire (Fichier &gt; Enregistrer le projet sous...).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="65"/>
        <source>The folder does not exist (moved or removed?): save the project somewhere else (File &gt; Save project as...).</source>
        <translation>Le dossier n&apos;existe pas (déplacé ou supprimé ?) : enregistrez le projet ailleurs (Fichier &gt; Enregistrer le projet sous...).</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="99"/>
        <source>There is nothing to save yet: load data first.</source>
        <translation>Il n&apos;y a encore rien à enregistrer&#xa0;: chargez d&apos;abord des données.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="154"/>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="156"/>
        <source>accessmap projects (*.accessmap)</source>
        <translation>Projets accessmap (*.accessmap)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="179"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="197"/>
        <source>An autosave of this project is newer than the file (the program may have stopped unexpectedly). Recover it?</source>
        <translation>Une sauvegarde automatique de ce projet est plus récente que le fichier (le programme s&apos;est peut-être arrêté de manière inattendue). La récupérer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="225"/>
        <source>accessmap found unsaved work from a previous session. Recover it?</source>
        <translation>accessmap a trouvé du travail non enregistré d&apos;une session précédente. Le récupérer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="260"/>
        <source>Autosave failed (%1): </source>
        <translation>L&apos;enregistrement automatique a échoué (%1) : </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="271"/>
        <source>untitled</source>
        <translation>sans titre</translation>
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
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>QuintileBeyondChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="323"/>
        <source>Residents beyond the threshold</source>
        <translation>Habitants au-delà du seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="324"/>
        <source>% of residents</source>
        <translation>% des habitants</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="325"/>
        <source>poverty quintile (residents)</source>
        <translation>quintile de pauvreté (habitants)</translation>
    </message>
</context>
<context>
    <name>QuintileDistanceChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="298"/>
        <source>min walk</source>
        <translation>min à pied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="298"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="299"/>
        <source>Distance to the nearest centre</source>
        <translation>Distance au centre le plus proche</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="312"/>
        <source>mean distance</source>
        <translation>distance moyenne</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="300"/>
        <source>poverty quintile (residents)</source>
        <translation>quintile de pauvreté (habitants)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="308"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="242"/>
        <source>Filter sectors (name, id, municipality, ...)</source>
        <translation>Filtrer les secteurs (nom, code, commune, ...)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="245"/>
        <source>Search every column, or only the one chosen here</source>
        <translation>Chercher dans toutes les colonnes, ou seulement dans celle choisie ici</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="247"/>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="309"/>
        <source>all columns</source>
        <translation>toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="269"/>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="375"/>
        <source>%1 of %2 sectors shown</source>
        <translation>%1 secteurs affichés sur %2</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="380"/>
        <source>the filter matched in: %1</source>
        <translation>le filtre a trouvé dans : %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="385"/>
        <source>(1 of them hidden by the filter)</source>
        <translation>(1 masqué par le filtre)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="387"/>
        <source>(%1 of them hidden by the filter)</source>
        <translation>(%1 masqués par le filtre)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="393"/>
        <source>1 sector selected</source>
        <translation>1 secteur sélectionné</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="394"/>
        <source>%1 sectors selected</source>
        <translation>%1 secteurs sélectionnés</translation>
    </message>
</context>
<context>
    <name>ScenarioDocks</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="47"/>
        <source>&lt;loaded data&gt;</source>
        <translation>&lt;données chargées&gt;</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="54"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="55"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="60"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="61"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="62"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="63"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="117"/>
        <source>Click on the map to add a neighbourhood health centre.</source>
        <translation>Cliquez sur la carte pour ajouter une maison médicale.</translation>
    </message>
</context>
<context>
    <name>ScenarioOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="147"/>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="149"/>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="184"/>
        <source>Click on the map where centre %1 should move.</source>
        <translation>Cliquez sur la carte à l&apos;endroit où le centre %1 doit être déplacé.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="206"/>
        <source>New centre %1</source>
        <translation>Nouveau centre %1</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="140"/>
        <source>New (copy)</source>
        <translation>Nouveau (copie)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="141"/>
        <source>From baseline</source>
        <translation>À partir de la situation de référence</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="142"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="143"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="147"/>
        <source>Show change on map</source>
        <translation>Afficher la variation sur la carte</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="150"/>
        <source>Map the selected scenario&apos;s change in distance to the nearest centre against the baseline (blue: closer, red: farther). Compare first.</source>
        <translation>Cartographier la variation de la distance au centre le plus proche dans le scénario choisi par rapport à la situation de référence (bleu&#xa0;: plus proche, rouge&#xa0;: plus loin). Comparez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="222"/>
        <source>Map: change from the baseline to %1.</source>
        <translation>Carte&#xa0;: variation de la situation de référence à %1.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edits</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="268"/>
        <source>Comparing %1 scenarios...</source>
        <translation>Comparaison de %1 scénarios...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="288"/>
        <source>Compared against the baseline.</source>
        <translation>Comparé à la situation de référence.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="226"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="297"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="297"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="52"/>
        <source>Suggest sites for new centres</source>
        <translation>Suggérer des sites pour de nouveaux centres</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="57"/>
        <source>weight residents by poverty</source>
        <translation>pondérer les habitants selon la pauvreté</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="60"/>
        <source>best (exact, spopt / CBC)</source>
        <translation>optimale (exacte, spopt / CBC)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="61"/>
        <source>fast (greedy)</source>
        <translation>rapide (gloutonne)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="64"/>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="68"/>
        <source>site (sector)</source>
        <translation>site (secteur)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="69"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="70"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="71"/>
        <source>poor residents newly within reach</source>
        <translation>habitants pauvres nouvellement à portée</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="78"/>
        <source>Add the selected site as a centre</source>
        <translation>Ajouter le site sélectionné comme centre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="82"/>
        <source>New centres (k)</source>
        <translation>Nouveaux centres (k)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="84"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="109"/>
        <source>Solving...</source>
        <translation>Résolution en cours...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="131"/>
        <source>Suggested site %1</source>
        <translation>Site suggéré %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="138"/>
        <source>Poor residents within the threshold: %1 now, %2 with these sites (method: %3, %4).</source>
        <translation>Habitants pauvres dans le seuil&#xa0;: %1 aujourd&apos;hui, %2 avec ces sites (méthode&#xa0;: %3, %4).</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="65"/>
        <source>Residents within the threshold</source>
        <translation>Habitants dans le seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="67"/>
        <source>Poorest third&apos;s residents within it</source>
        <translation>Habitants du tiers le plus pauvre dans le seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="69"/>
        <source>Poor residents beyond it</source>
        <translation>Habitants pauvres au-delà du seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="70"/>
        <source>Concentration index (Erreygers)</source>
        <translation>Indice de concentration (Erreygers)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="71"/>
        <source>Coverage-gap sectors (poor, beyond it)</source>
        <translation>Secteurs en déficit de couverture (pauvres, au-delà)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="72"/>
        <source>Residents in the coverage gap</source>
        <translation>Habitants des secteurs en lacune</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="73"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="74"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="75"/>
        <source>Residents</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="76"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="123"/>
        <source>%1 min (%2)</source>
        <translation>%1 min (%2)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="129"/>
        <source>Poor residents (by the cut) within it</source>
        <translation>Habitants pauvres (selon le seuil) en deçà</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="141"/>
        <source>GP capacity unknown for %1 centres: counted as 1 FTE each.</source>
        <translation>Capacité en médecins inconnue pour %1 centres&#xa0;: chacun compté pour 1 ETP.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="159"/>
        <source>Threshold in walking minutes, but distances are straight lines (no street network is loaded): %1 min at %2 km/h = %3 in a straight line.</source>
        <translation>Seuil en minutes de marche, mais les distances sont à vol d&apos;oiseau (aucun réseau de rues chargé) : %1 min à %2 km/h = %3 à vol d&apos;oiseau.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="174"/>
        <source>About the data: </source>
        <translation>À propos des données&#xa0;: </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="66"/>
        <source>Show coverage in one year</source>
        <translation>Afficher la couverture pour une année</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="74"/>
        <source>Residents within the threshold, year by year</source>
        <translation>Habitants dans le seuil, année par année</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="75"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="79"/>
        <source>all residents</source>
        <translation>tous les habitants</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="82"/>
        <source>poorest third</source>
        <translation>tiers le plus pauvre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="119"/>
        <source>No centre has an opening or closing year: coverage is the same every year. Add years in the Centres dock to see coverage over time.</source>
        <translation>Aucun centre n&apos;a d&apos;année d&apos;ouverture ou de fermeture&#xa0;: la couverture est la même chaque année. Ajoutez des années dans le panneau Centres pour voir la couverture dans le temps.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="139"/>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
</context>
<context>
    <name>_QuintileChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="265"/>
        <source>1 poorest</source>
        <translation>1 pauvre</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="265"/>
        <source>5 least poor</source>
        <translation>5 aisé</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="190"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Aucune lacune connue n&apos;a été déclarée pour les données chargées.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="192"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="205"/>
        <source>About accessmap</source>
        <translation>À propos d&apos;accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="207"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1&#xa0;: l&apos;accès aux soins de première ligne dans les quartiers pauvres, cartographié hors ligne.</translation>
    </message>
</context>
</TS>
