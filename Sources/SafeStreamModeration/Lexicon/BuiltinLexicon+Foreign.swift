extension BuiltinLexicon {
    /// Families of the foreign domain (same line format as `core`): regional
    /// insults (Río de la Plata, Mexico, Spain, Chile, Colombia; Québec;
    /// Austria, Bavaria, Switzerland; Brazil, Portugal), harassment without
    /// swear words, veiled threats and stalking, sexual requests, slurs, and
    /// the word classes read by Scoring/ForeignRules.swift. Ambiguous words
    /// (a word that is innocent in another language or variant) get no base
    /// weight: they count only aimed, through the rules.
    static let foreignFamilies = #"""
# ---------------------------------------------------------------- foreign: second person of regional variants
=secondverb	sos;bisch;tenes
# ---------------------------------------------------------------- foreign: regional insult nouns (aimed by eres/sos/t'es/du/você/seu …)
# Río de la Plata, Chile, Colombia, Peru, Caribbean
conchudo,conchuda,conchudos,culiao,culiado,culiada,culiaos,carechimba,singao,mamabicho,pendejazo,pendejote,tontopollas,gilipuertas,cabronazo,malfollado,malfollada,soplagaitas	0.6	insult	t=0.3 noun
la concha de tu madre,concha de tu madre,la concha de tu hermana,la concha de la lora,conchetumadre,conchatumadre,conchetumare,conchesumadre,hijo de tu puta madre,hijo de la gran puta,hija de la gran puta,hijo de la chingada,hijos de puta,hijo de mil putas,me cago en tu puta madre,me cago en tu madre	0.9	insult
cojudo,cojuda,cojudos,mamarracho,mamarracha,cenutrio,cenutria,tontolaba,bocachancla,pringao,desgraciao,cagon,cagona,cagones,ojete,gonorrea,pelmazo,pazguato,chupamedias,mogolico,mogolica	0.3	insult	t=0.45 noun
forro,forra,forros	0.05	insult	t=0.45 noun
anda a cagar,andá a cagar,vete a cagar,andate a la mierda,andá a la mierda,anda a la mierda,andate a la concha,vales verga,vales madre,vales mierda,vales pito	0.8	harassment
anda a llorar,andá a llorar,vete a llorar,va pleurer,va pleurer ta mere,geh heulen,geh weinen,vai chorar,vai chorar na cama	0.3	harassment
# Québec
ostie,osti,estie,esti,tabarnak,tabarnac,tabarnaque,tabernak,calisse,câlisse,caliss,crisse,ciboire,marde	0.45	profanity	t=0.3
ta yeule,farme ta yeule,ferme ta yeule,ta gueule le cave,mange d'la marde,mange de la marde,mange la marde,mange de la merde,mange d'la merde,mange un char de marde,mange donc un char de marde,va chier mon gars	0.75	harassment
niaiseux,niaiseuse,gnochon,gnochonne	0.1	insult	t=0.45 noun
# Austria, Bavaria
oaschloch,oaschlocher,oaschgsicht,oaschkriacha,arschgsicht,arschgesicht,sackgesicht,fetzenschadel,fetznschadl,zipfelklatscher,gschissener,gschissene,pissnelke,dreckstuck,drecksstuck,vollspast,vollhonk,schlappschwanz	0.75	insult	t=0.2 noun
oasch	0.4	profanity	t=0.4
wappler,depperter,depperte,deppata,hirni,hirnederl,bledian,blodian,gscherter,gscherte,dolm,dodl,dummbatz,dummschwatzer,flachzange,knalltute,hohlbirne,hohlbratze,abschaum	0.4	insult	t=0.45 noun
schleich di,schleich dich,verzieh dich,zieh leine,mach die fliege,hau bloss ab,hau ab,verschwinde,verschwinde von hier	0.35	harassment
# Switzerland
huerensohn,huereseckel,hueresiech,huerebueb,schofseckel,sauseckel,sauhund	0.8	insult	t=0.2 noun
seckel,tubel,dubel,tumbe,tschumpel,gumsle,siech,glunggi	0.3	insult	t=0.45 noun
gopfertami,gopferdammi,gopferdeckel,huere	0.35	profanity
# Brazil, Portugal
cabrao,cabroes,cabra de merda,filho da mae,filho duma puta,filho de uma puta,filha duma puta,merdoso,merdosa,corno manso,pau mandado,cuzao de merda	0.6	insult	t=0.3 noun
anormal,anormais,pateta,patetas,falhado,falhada,falhados,imbecis,mongoloide,cagao,chupa pica,bundao,bundona,frouxo	0.05	insult	t=0.5 noun
# French "mongol" is also the people and the empire ("l'empire mongol"): it counts only when aimed.
mongol,mongole,mongols,mongoles	0.05	insult	t=0.5 noun
# Hindi/Urdu and Tagalog abuse that turns up in English chat (wave 9's mixed-language lines).
chutiya,chutiye,chutia,bhenchod,behenchod,bhenchodd,benchod,madarchod,maderchod,madarchood,bhosdike,bhosdika,gandu,gaandu	0.8	insult	t=0.2 noun
putangina,tangina	0.7	profanity
# Russian/Polish "suka" (bitch) and "blyat", gaming chat's best-known foreign swearing; Swiss German "Schafseckel".
suka,cyka,blyat,blyad,cyka blyat,suka blyat	0.6	profanity	t=0.3
schafseckel,schafseckels	0.6	insult	t=0.3 noun
do caracas,dos caracas	0.4	profanity	t=0.3
vai pro caralho,vai pró caralho,vai para o caralho,vai pra caralho,vai a merda,vai à merda,vai pra merda,vai pra puta que pariu,vai pra puta que te pariu,puta que te pariu,vai te catar,vai-te lixar,vai te lixar,vai bugiar,vai-te foder,vai te foder pá,vai levar no cu,vai tomar no rabo	0.85	harassment
some daqui,sai daqui,vaza,vaza daqui,cai fora,rala daqui,desaparece daqui,larga a live,lárgate,largate,piérdete,pierdete,vete de aqui,fuera de aqui,barre toi,tire toi,fous le camp,fous moi le camp,degage d ici,casse toi d ici	0.35	harassment
e nao volta,e nao volta mais,e nunca mais volta,y no vuelvas,y no vuelvas nunca,et reviens jamais,et reviens plus,et ne reviens jamais,und komm nie wieder,und komm nie mehr	0.3	harassment
# French, German, Spanish, Portuguese adjectives that insult when aimed ("t'es pathétique", "du bist peinlich")
pathetique,lamentable,inutile,inutiles,degoutant,degoutante,peinlich,wertlos,jammerlich,repugnante,ridiculo,ridicula	0.05	insult	t=0.55
# ---------------------------------------------------------------- foreign: slurs
joto,jotos,negrata,negratas,marimacho,tortillera,bollera,travelo,travelos,fiotte,youpin,youpine,youpins,bicot,bicots,bamboula,chinetoque,chinetoques,niakoue,fidschi,kameltreiber,schlitzauge,schlitzaugen,polacke,polacken,itaker,tunte,tunten,judensau,traveco,travecos,boiola,baitola,paneleiro,paneleiros,panasca,panascas	0.8	slur	noun
sale arabe,sale noir,sale noire,sale juif,sale juive,sale negre,sale chinois,sale bicot,sale pede,sale gouine,scheiss auslander,scheiss jude,scheiss juden,scheiss turke,scheiss kanake,puto negro,negro de merda,macaco de merda,preto de merda	0.85	slur
indio,india de mierda,crioulo,crioula,cigano,gitano	0.0	slur	t=0.45 noun
# ---------------------------------------------------------------- foreign: harassment without swear words
no vales nada,no vales para nada,no vales pa nada,no sirves para nada,no sirves pa nada,no sirves ni para,ni para eso sirves,nunca vas a valer nada,no eres nadie,no sos nadie,no sos nada,no eres nada,eres un fracaso,eres una decepcion,eres una verguenza,eres un estorbo,eres un desperdicio,sos un desperdicio,sos una verguenza,sobras aqui,estorbas	0.65	harassment
tu vaux rien,tu ne vaux rien,tu vaux que dalle,tu sers a rien,tu ne sers a rien,tu sers strictement a rien,tu sers a rien du tout,t es bon a rien,t es bonne a rien,t es un rate,t es une ratee,t es une honte,t es une deception,t es un dechet,t es qu une merde,t es une merde,t es un moins que rien,t es une moins que rien,t es personne	0.65	harassment
du bist nichts wert,du bist nix wert,du taugst nichts,du taugst nix,du taugst zu nichts,du bist zu nichts zu gebrauchen,du bist zu nix zu gebrauchen,du bist ein nichts,du bist ein niemand,du bist eine enttauschung,aus dir wird nie was,aus dir wird nichts,du bist hier nicht erwunscht,du bist unerwunscht,du bist eine zumutung	0.65	harassment
voce nao vale nada,vc nao vale nada,tu nao vales nada,nao vales nada,voce nao serve pra nada,vc nao serve pra nada,voce nao serve para nada,vc nao serve para nada,tu nao serves para nada,tu nao serves pra nada,nao serves para nada,nao serves pra nada,voce nao presta,vc nao presta,tu nao prestas,nao prestas para nada,es um falhado,es uma falhada,es um fracasso,voce e um fracasso,vc e um fracasso,voce e uma vergonha,es uma vergonha,voce e uma decepcao,es uma decepcao	0.65	harassment
que asco das,me das asco,das asco,me das pena,das pena,das verguenza,das lastima,me das verguenza,tu me degoutes,tu me degoute,tu me fais gerber,tu me fais vomir,tu fais pitie,t es a vomir,t es a gerber,du ekelst mich an,du widerst mich an,du bist so peinlich,du bist peinlich,voce me da nojo,vc me da nojo,tu me das nojo,tu me da nojo,me das nojo,da nojo de ti	0.6	harassment
no te queremos aqui,no te queremos,aqui nadie te quiere,nadie te necesita,nadie te soporta,nadie te aguanta,nadie te pidio opinion,nadie te pidio tu opinion,no eres bienvenido,no eres bienvenida,no sos bienvenido	0.6	harassment
personne veut de toi,personne ne veut de toi,personne te veut,personne ne te veut,personne te supporte,personne ne te supporte,personne t aime,personne te calcule,personne ne te calcule,personne t a sonne,personne t a demande ton avis,on veut pas de toi,on ne veut pas de toi,on veut plus de toi,t es pas le bienvenu,t es pas la bienvenue,t as rien a faire ici,t as rien a foutre ici,tout le monde s en fout de toi	0.6	harassment
niemand will dich,keiner will dich,dich will keiner,dich will niemand,dich will hier keiner,dich will hier niemand,wir wollen dich hier nicht,wir wollen dich nicht,dich braucht keiner,dich braucht niemand,niemand braucht dich,keiner braucht dich,keiner kann dich leiden,niemand kann dich leiden,dich kann keiner leiden,niemand hat dich eingeladen,niemand hat dich gefragt,keiner hat dich gefragt,dich hat keiner gefragt,dich hat niemand gefragt	0.6	harassment
ninguem te quer,ninguem te quer aqui,ninguem te suporta,ninguem te aguenta,ninguem gosta de ti,ninguem quer saber de ti,ninguem quer saber de voce,ninguem te chamou aqui,ninguem pediu tua opiniao,ninguem pediu sua opiniao,ninguem pediu a tua opiniao,nao te queremos aqui,voce nao e bem vindo,vc nao e bem vindo,nao es bem vindo,nao es bem vinda,voce nao e bem vinda	0.6	harassment
erreur de la nature,une erreur de la nature,error de la naturaleza,aborto de la naturaleza,fehler der natur,missgeburt der natur,erro da natureza,aberracao da natureza,aborto da natureza	0.65	harassment
ta mere aurait du avaler,aurait du avaler,ta mere aurait du t avaler,ton pere aurait du se retirer,tu madre debio tragarte,tu madre debio tragar,tu madre se te tenia que haber tragado,deberian haberte tragado,deine mutter hatte schlucken sollen,hatte dich schlucken sollen,hatte schlucken sollen,tua mae devia ter engolido,sua mae devia ter engolido,sua mae deveria ter engolido,devia ter te engolido,your mom should have swallowed,your mother should have swallowed	0.8	harassment
deja de streamear,deja el stream,deja de jugar,rindete de una vez,rindete ya,arrete de streamer,arrete le stream,arrete de jouer,hor auf zu streamen,hor auf zu spielen,hor einfach auf,para de fazer live,para de jogar,desiste logo,desinstala,desinstala el juego,desinstale,deinstallier	0.3	harassment
# "nobody called/invited you": mild alone (a question about a phone call), stacks with "get lost"
nadie te invito,nadie te llamo,nadie te ha llamado,personne t a invite,personne t a demande,ninguem te chamou,ninguem te convidou,niemand hat dich gerufen	0.45	harassment
# you don't deserve to live, you should kill yourself
no mereces vivir,no mereces existir,no deberias existir,no deberias haber nacido,mejor no hubieras nacido,tu ne merites pas de vivre,tu merites pas de vivre,tu devrais pas exister,tu ne devrais pas exister,t aurais jamais du naitre,du verdienst es nicht zu leben,du hast es verdient zu sterben,du hast den tod verdient,du solltest nicht existieren,du hattest nie geboren werden sollen,voce nao merece viver,vc nao merece viver,tu nao mereces viver,voce nao devia existir,vc nao devia existir,voce devia morrer,vc devia morrer,nem devias ter nascido	0.85	harassment
deberias suicidarte,deberias matarte,deberias morirte,tendrias que matarte,tu devrais te suicider,tu devrais te tuer,tu devrais crever,du solltest dich umbringen,bring dich lieber um,voce devia se matar,vc devia se matar,devias te matar,deverias te matar	0.9	harassment	neg
# short threats with a beating verb: "te reviento", "je te défonce", "vou te arrebentar" (a match cancels them)
te reviento,te revientro,te destrozo,te rompo la cara,te parto la cara,te parto la madre,te rompo la madre,te rompo el hocico,je te defonce,je te demonte,je t eclate,je vais t eclater,je vais te demonter,ich hau dich um,ich polier dir die fresse,ich schlag dich,ich box dich,te arrebento,vou te arrebentar,te quebro todo,te quebro a cara,vou quebrar tua cara,vou quebrar sua cara	0.8	threat	neg ctx
# being watched (caution phrases never overlap, so a kind "fais attention à toi" counts once)
te tenemos vigilado,te tenemos vigilada,te estamos vigilando,te estoy vigilando,on te surveille,je te surveille,je te surveille de pres,wir beobachten dich,ich beobachte dich,estamos de olho em voce,to de olho em voce,estou de olho em ti,estamos de olho em ti	0.45	threat	ctx
cuida tus espaldas,cuidate las espaldas,vigila tu espalda,vigila tus espaldas,surveille tes arrieres,fais gaffe a tes arrieres,cuida das tuas costas,cuida das suas costas,olha pras costas	0.75	threat	ctx
gare a toi,cuidado contigo,abre o olho,ojo conmigo	0.3	threat	ctx
# back to the kitchen (sexist harassment)
vuelve a la cocina,vete a la cocina,regresa a la cocina,anda a lavar los platos,andá a lavar los platos,vete a fregar,vete a fregar los platos,el lugar de la mujer es la cocina,retourne dans ta cuisine,retourne a la cuisine,retourne faire la vaisselle,va faire la vaisselle,la place d une femme est a la cuisine,zuruck in die kuche,ab in die kuche,geh zuruck in die kuche,frauen gehoren in die kuche,volta pra cozinha,volta para a cozinha,volta pro fogao,lugar de mulher e na cozinha	0.7	harassment
t es qu un dechet,t es un dechet,t es qu une ordure,du bist abschaum,du bist dreck,voce e um lixo,vc e um lixo,es um lixo,eres basura,eres una basura,sos una basura	0.65	harassment
dechet,dechets	0.05	insult	t=0.55 noun
trola,trolas,trolo,trolos,putarraca	0.7	insult	t=0.2 noun
=mishap	atropelle;atropella;atropellen;atropellara;atropellase;ecrase;ecrasee;uberfahren;uberfahrt;uberrollt;atropele;atropelem;atropelado;atropelada
=kin	padre;pere;vater;pai;maman;vieja;viejo;hermano;hermana;frere;soeur;bruder;schwester;irmao;irma;abuela;abuelo;oma;opa;avo;novia;novio;copine;copain;freundin;namorada;namorado;perro;chien;hund;cachorro;hijos;enfants;kinder;filhos
# stabbing and shooting said to you (the violent rule reads subject, future and a match)
=violent	stech;steche;abstechen;schlitz;schlitze;aufschlitzen;furar;furo;furarei;planter;plante;planterai;apunalar;apunalo;acuchillar;acuchillo;pinchar;esfaquear
te meto un tiro,te pego un tiro,te meto una punalada,te meto un plomazo,je te mets une balle,je vais te mettre une balle,une balle dans la tete,ich knall dich ab,ich schiess dich ab,eine kugel in den kopf,vou te dar um tiro,te dou um tiro,te meto uma bala,uma bala na cabeca,un tiro en la cabeza	0.8	threat	neg ctx
que te jodan,que te follen,que os follen,que os jodan,que te parta un rayo,fils de chien,fille de chien,hundesohn,sohn einer hure,filho de uma cadela,filho de uma egua	0.8	harassment
# Argentine "boludo" is also friendly ("che boludo", "sos un crack, boludo"): counts when said as "sos un boludo"
boludo,boluda,boludos,boludas	0.1	insult	t=0.3 noun
cerra el orto,cerrá el orto,cerra el culo,cerra la boca,cerrá la boca,cerra el pico,cerrá el pico,cerra la jeta,callate la jeta,cierra el hocico,cierra la jeta,cierra el ocico,ferme ta bouche,ferme ton clapet,ferme ta grande gueule,halt die schnauze,halt deine schnauze,fecha a matraca,cala essa boca,cala a tua boca,fecha essa boca	0.6	harassment
=affect	banca;bancan;aguantan;soportan;supportent;aguentam;suportam
# ---------------------------------------------------------------- foreign: threats and stalking
cuidate,ten cuidado,ten mucho cuidado,cuidadito,fais attention,fais bien attention,fais gaffe,pass auf,pass bloss auf,pass gut auf,pass lieber auf,sei vorsichtig,toma cuidado,tome cuidado,tenha cuidado,toma muito cuidado,se cuida	0.3	threat	ctx
a la salida,a la sortie,nach der schule,na saida	0.1	threat
quand tu sors,quand tu rentres,wenn du rausgehst,wenn du heimgehst,wenn du nach hause gehst,cuando salgas,cuando vuelvas a casa,quando sair,quando voce sair,quando sais,quando saires	0.15	threat
# "you'd better watch out": a menacing caution (overlaps the plain one on purpose)
bloss auf,du passt besser auf,pass lieber auf dich auf,mejor ten cuidado,mejor cuidate,mas te vale tener cuidado,gaffe a toi,tu ferais mieux de faire gaffe,tu ferais mieux de faire attention,melhor tomar cuidado,melhor ter cuidado,e bom tomar cuidado	0.2	threat	ctx
te vamos a encontrar,te vamos a buscar,vamos a por ti,on va te trouver,on va te retrouver,on va te choper,wir finden dich,wir kriegen dich,a gente vai te achar,vamos te achar,vamos te pegar	0.6	threat	neg
lo vas a lamentar,lo vas a pagar,vas a lamentarlo,tu vas le sentir passer,das wirst du noch bereuen,das wirst du mir buessen,vais te arrepender	0.5	threat	neg
ya sabes lo que te espera,tu sais ce qui t attend,du weisst was dich erwartet,voce sabe o que te espera,ya veras lo que te pasa,ya veras lo que te va a pasar,tu vas voir ce qui va t arriver,du wirst sehen was dir passiert,voce vai ver o que vai te acontecer	0.55	threat	ctx
te voy a hackear,voy a filtrar,te voy a filtrar,je vais te hacker,ich hacke dich,vou te hackear,vou vazar	0.35	threat
t es vraiment trop con,t es tellement con,tu es trop con,tu es vraiment con,t es trop conne,t es vraiment trop conne,t es si con,t es aussi con,t es tellement conne,tu es tellement con	0.75	insult
# a place of yours seen on stream: mild alone, stacks with "toma cuidado", "fais gaffe"
tua rua aparece,sua rua aparece,tua casa aparece,sua casa aparece,da pra ver sua casa,da pra ver tua rua,da para ver a tua rua,se ve tu calle,se ve tu casa,se ve tu edificio,on voit ta rue,on voit ta maison,on voit ton immeuble,man sieht deine strasse,man sieht dein haus,man sieht deine wohnung	0.3	threat
# ---------------------------------------------------------------- foreign: sexual
fotos sin ropa,fotos desnuda,fotos desnudo,fotos en bolas,fotos en pelotas,fotos intimas,pasa el pack,pasame el pack,manda el pack,mandame el pack,pasa pack,manda pack,photos nue,photos nues,photos sans vetements,photos de toi nue,fotos ohne klamotten,nacktfotos von dir,fotos nua,fotos pelada,fotos sem roupa,manda o pack,manda pack	0.75	sexual
que rica estas,que buena estas,estas buenisima,estas bien buena,estas rebuena,t es bonne,t es trop bonne,t es bandante,tu es bandante,que gostosa,voce e gostosa,vc e gostosa,tu es gostosa,gostosa demais	0.45	sexual
mamacita,mamasita,mamita rica	0.25	sexual
=sexverb	ensenanos;ensena;ensenalas;ensenale;muestranos;mostrame;mostranos;mostra;pasame;enviame;envia;mandanos;mostrem;mostrai;zeigst;zeigt;schickst
=sexbody	chichis;chichi;bubis;pompis;lolos;miches;mopse;xota;xoxota;bucetinha;peitinho;tetinha
# ---------------------------------------------------------------- foreign: false friends (an innocent word here, an insult there)
echt dick,ziemlich dick,richtig dick,voll dick,wirklich dick,recht dick,relativ dick,unglaublich dick,verdammt dick,sind dick,sind sehr dick,sind echt dick,wird dick,bin dick,bin zu dick,dick genug,dick auftragen,dicke freunde,meu puto,o meu puto,o puto,os putos,meus putos,um puto,em puto,quando era puto	0.0	exempt
# ---------------------------------------------------------------- round 11: foreign kinds missed on blind11
# Compound "-lutscher" insults (German), the mother's genitals (pt "cona", Rioplatense "concha"), Rioplatense
# "pija/poronga" with "chupame", "tg" (ta gueule) before a name, "geh heulen" (go cry).
schwanzlutscher,schwanzlutscherin,schwanzlutschern,pimmellutscher,eierlutscher,sacklutscher,arschlutscher	0.85	insult	t=0.3 noun
cona da tua mae,cona da mae,cona da tua avo,cona da tua irma,conas da tua mae,concha de tu madre,concha de tu hermana,concha de tu abuela,la concha de tu,conchatumadre,conchetumare	0.85	insult
chupame la pija,chupame la poronga,chupame la chota,chupame el pito,chupala,chupamela,chupame las bolas,chupa la pija,chupen la pija	0.85	sexual
tg le,tg la,tg les,tg toi,tg sale,tg espece,tg fdp,tg connard,tg conasse,tg grosse,tg gros,tg mec,tg frere	0.6	harassment
geh heulen,geh weinen,heul doch,heul leise,heul nicht rum,geh flennen,flenn doch,flenn leise	0.4	harassment
# German degree adverbs before "dick" (thick) and what follows it ("die Jacke ist schön dick, perfekt für den Winter").
schon dick,ganz schon dick,zu dick,total dick,extrem dick,super dick,mega dick,ganz dick,etwas dick,bisschen dick,ein bisschen dick,ziemlich dicke,schon dicke,dick fur,dick genug fur,dick und warm,dick gepolstert,dick gefuttert,dicke jacke,dicke decke,dicke socken,dicken pulli,dicke winterjacke,ist dick,ist aber dick,ist so dick,ist sehr dick,ist nicht dick,aber dick,sehr dick,so dick und,dick lecker	0.0	exempt
# "puto" is a kid in Portugal and an intensifier in Spain: aimed or stacked, not alone
puto,putos	0.5	insult	t=0.3 noun
# ---------------------------------------------------------------- classes read by Scoring/ForeignRules.swift
=fswear	ostie;osti;estie;esti;hostie;tabarnak;tabarnac;tabarnaque;tabernak;tabernacle;calisse;caliss;calice;crisse;criss;ciboire;sacrament;maudit;maudite;huere;pedazo;cacho;espece;sale;sacre;sacree;scheiss;puto;puta;pinche;grande;grosso
=fnoun	cave;caves;epais;epaisse;niaiseux;niaiseuse;koffer;tubel;dubel;siech;wappler;dolm;pfeife;forro;forra;gil;salame;boludo;boluda;pelotudo;pelotuda;anormal;pateta;falhado;falhada;abschaum;depp;lappen
=fknow	se;sabe;sais;sait;savons;connais;connait;weiss;wissen;kenne;kennen;sei;sabemos;conozco;conhecemos;conheco
=fwhich	que;quel;quelle;quels;quelles;welchen;welche;welcher;welches;cual;cuales;qual;quais
=where	cuando;quand;wann;quando;wohin;aonde;adonde
=froutine	colegio;escuela;instituto;facultad;uni;universidad;bus;autobus;colectivo;micro;metro;tren;hora;horas;horario;camino;ruta;trabajo;gimnasio;ecole;lycee;college;fac;heure;heures;horaire;chemin;trajet;taf;boulot;travail;salle;schule;zug;bahn;uhr;weg;arbeit;haltestelle;training;escola;faculdade;onibus;autocarro;comboio;caminho;trabalho;academia;calle;rue;strasse;rua;bairro;barrio;quartier;viertel;tram;linea;ligne;linie;linha;parada;arret
=fverb2	estudias;trabajas;vives;sales;salis;llegas;tomas;coges;vas;terminas;acabas;entrenas;duermes;vuelves;pasas;finis;sors;rentres;prends;travailles;habites;bosses;passes;arrives;quittes;pars;nimmst;fahrst;gehst;kommst;hast;arbeitest;wohnst;schlafst;trainierst;verlasst;estudas;estuda;trabalhas;trabalha;sais;sai;pegas;pega;apanhas;vais;vai;chegas;chega;moras;mora;treinas;treina;saes
=fstream	stream;streams;streamst;streames;streameas;live;directo;vivo;vod;video;videos;transmites;lances;online;twitch
=fpity	pena;lastima;dommage;schade
=fcondl	seria;serait;sera;ware;war;waer;waere;fosse;fuera
=fhappen	pasara;pasase;pase;pasa;ocurriera;ocurra;sucediera;suceda;arrive;arrivait;arrivera;arriverait;zustosst;zustoesst;zustosse;zustossen;passiert;passieren;passierte;widerfahrt;acontecesse;aconteca;acontecer;acontece;acontecerá;sucedesse;descubriera;descubra;descubrieran;descubriese;decouvrait;decouvre;decouvraient;herausfindet;rausfindet;erfahrt;erfuhre;descobrisse;descobrissem;descobrir;descobre;publicara;publicasse;filtrara;vazasse
=fsomething	algo;alguien;alguno;quelque;quelquun;qqch;qqn;was;etwas;jemand;alguem
=fleak	filtrar;filtro;filtrare;filtrarlas;filtrarlos;vazar;vazo;vazarei;vazando;leake;leaken;balancer;balancerai;espalhar;espalho;espalharei;difundir;difundo;expongo;exponho;veroffentliche
=fleakweak	paso;pasare;mando;mandare;envio;enviare;envoie;envoyer;schicke;zeige;montre;mostro;mostrarei;mandarei;publico;publie;subo;comparto;partage;partagerai;teile;compartilho;posto;poste;balance;exposer;expor
=fleakobj	fotos;foto;capturas;captura;nudes;pack;videos;photos;captures;screens;adresse;direccion;endereco;nummer;numero;datos;dados;infos;chats;conversaciones;mensajes;messages;conversas;mensagens;bilder;nacktbilder;prints;nacktfotos;mds;mps
=forelse	o;ou;sonst;sinon;senao;sino;andernfalls
=fbroadcast	todos;toda;todas;tout;tous;toute;alle;allen;todo;famille;familia;familie;seguidores;abonnes;follower;followern;discord;internet;twitter;reddit;insta;instagram;tiktok;grupo;groupe;gruppe;mundo;monde;welt;freundin;freund;novia;novio;copine;namorada;namorado;mae;madre;mere;mutter;pais;padres;parents;eltern
=fposs2	tes;ta;ton;tu;tus;dein;deine;deinen;deinem;deiner;teu;tua;teus;tuas;sua;suas;vos;votre
=fobj	le;lo;es;isso;disso;chaque;cada;jeden;jede;todos;tous;dia;jour;tag;dias;jours
=feven	ni;nem;meme;sogar;selbst;mal;siquiera;nichtmal
=fpostadj	patetico;patetica;pateticos;asqueroso;asquerosa;asquerosos;nojento;nojenta;nojentos;imundo;imunda;repugnante;inutil;pitoyable;minable;degueulasse;degoutant;degoutante;infect;infecte;sarnoso;sarnosa;apestoso;apestosa;fedorento;fedorenta;escroto;escrota;ridiculo;ridicula;asquerozo;podre;miserable;miseravel;lamentable;pathetique;inutile;horrivel;vomitif
=reject	getrennt;trennen;separaron;divorciaron;separaram;divorciaram;geschieden;regretter;regrettent;regrettes;regrettera;schamen;schaemen;lamentan;lamenta;arrepender;arrependeram;arrepintieron;avergonzados;averguenzan;averguenza;averguenzas;vergonha;honte;bereuen;bereut
=det	juste;ben;vraiment;tellement;echt;wirklich;bem;bastante;einfach
# ================================================================ round 6: kinds from blind6's misses
# ---------------------------------------------------------------- chat-register spellings (q = que, xq/pq = porque, vllt, wey)
=fwhich	que,q,k
=interj	wey;guey;wei;tkt;jsp;ptdr;mdrr;kkkkk;rsrs;rsrsrs;jsjs;jsjsjs;xd
# ---------------------------------------------------------------- self-harm incitement in slang ("te foutre en l'air", "aufhören zu existieren")
te foutre en l air,va te foutre en l air,fous toi en l air,foutez vous en l air,arrete d exister,cesse d exister,deja de existir,dejá de existir,hor auf zu existieren,hör auf zu existieren,aufhoren zu existieren,aufhören zu existieren,geh sterben,geh doch sterben,para de existir,pare de existir,deixa de existir,mata te,vai te enforcar,smetti di esistere,smettila di esistere	0.85	harassment	neg
personne te regrettera,personne ne te regrettera,personne va te regretter,personne ne va te regretter,personne te pleurera,personne ne te pleurera,tu manqueras a personne,tu ne manqueras a personne,nadie te va a echar de menos,nadie te echara de menos,nadie te echaria de menos,nadie va a llorar por ti,nadie te va a llorar,niemand wird dich vermissen,keiner wird dich vermissen,niemand wurde dich vermissen,keiner wurde dich vermissen,ninguem vai sentir tua falta,ninguem vai sentir sua falta,ninguem vai sentir a tua falta,ninguem sentiria tua falta,ninguem sentiria sua falta,ninguem vai sentir falta de voce,ninguem vai sentir falta de ti,nessuno sentira la tua mancanza,a nessuno mancherai,niemand zal je missen,niemand gaat je missen	0.85	harassment
le monde serait mieux sans toi,le monde irait mieux sans toi,el mundo estaria mejor sin ti,el mundo seria mejor sin ti,estariamos mejor sin ti,die welt ware besser ohne dich,die welt wäre besser ohne dich,o mundo seria melhor sem voce,o mundo seria melhor sem ti,o mundo fica melhor sem voce,il mondo sarebbe migliore senza di te,de wereld is beter af zonder jou	0.75	harassment
# "would be better for everyone": mild alone, stacks with the incitement before it
fur alle besser,für alle besser,mieux pour tout le monde,mejor para todos,melhor pra todo mundo,melhor para todos,meglio per tutti	0.25	harassment
=affect	regrettera;regretterait;regretter;vermissen;missen;vuole;sopporta;sopportano;ama;mancherai;wil;houdt
=nobody	nessuno
=hope	spero;speriamo
=die	muori;muoia;muoiano
# ---------------------------------------------------------------- meeting in person + a consequence ("à la sortie", "auf der gamescom", "na saída")
t attendre a la sortie,t attend a la sortie,t attends a la sortie,t attendre dehors,t attend dehors,t attends dehors,t attendre en bas de chez toi,te espero a la salida,te esperamos a la salida,te vamos a esperar a la salida,te espero afuera,te esperamos afuera,nos vemos a la salida,on se voit a la sortie,on se retrouve a la sortie,wir warten draussen auf dich,ich warte draussen auf dich,wir sehen uns draussen,te espero na saida,te esperamos na saida,vamos te esperar na saida,te espero la fora,ti aspetto fuori,ti aspettiamo fuori,ik wacht je op buiten	0.35	threat
te pego na saida,te pego la fora,vamos te pegar na saida,a gente te pega na saida,te agarro a la salida,te agarramos a la salida,on te choppe a la sortie,je te choppe a la sortie,wir kriegen dich draussen	0.65	threat	neg ctx
gibts was auf die fresse,gibt s was auf die fresse,gibt es was auf die fresse,gibt was auf die fresse,gibts auf die fresse,gibts aufs maul,gibt s aufs maul,gibt es aufs maul,gibts eins auf die fresse,gibts eine auf die fresse,kriegst was auf die fresse,kriegst eins auf die fresse,kriegst eine auf die fresse,kriegst aufs maul,kriegst du aufs maul,kriegst eine geklebt,ich hau dir eine rein,hau dir eine rein,hau dir auf die fresse,ich hau dir aufs maul,hau dir aufs maul,gibts was aufs maul,gibts was auf die nuss,gibts schlage,gibt s schlage,gibts prugel,gibts haue,gibts ne schelle,gibts eine schelle,gibts ne ohrfeige	0.75	threat	neg ctx
tu vas voir ta tronche,tu vas voir ta gueule,on va te refaire le portrait,je vais te refaire le portrait,te refaire le portrait,te refaire la tronche,tu vas prendre cher,tu vas morfler,tu vas deguster	0.6	threat	neg ctx
on rigolera moins,tu rigoleras moins,tu vas moins rigoler,tu vas moins rire,tu riras moins,tu feras moins le malin,tu vas moins faire le malin,ya no te vas a reir,se te van a quitar las ganas de reir,vas a dejar de reirte,te vas a enterar,te vas a acordar de mi,luego no llores,dann lachst du nicht mehr,dir vergeht das lachen,dann vergeht dir das lachen,das lachen wird dir vergehen,du wirst dich noch wundern,voce vai parar de rir,vai parar de rir,vais parar de rir,depois nao chora,vai se arrepender amargamente,poi non ridi piu,te ne pentirai	0.4	threat
# being marked ("te tengo fichado", "je t'ai repéré", "ich hab dich im Visier")
te tengo fichado,te tengo fichada,te tenemos fichado,te tenemos fichada,te tengo en la mira,te tengo en la lista,te tengo ubicado,te tengo ubicada,ya te tengo ubicado,ya te tengo ubicada,je t ai repere,je t ai reperee,on t a repere,je t ai dans le viseur,je t ai a l oeil,on t a a l oeil,ich hab dich im visier,ich habe dich im visier,wir haben dich im visier,ich hab dich auf dem kieker,te tenho na mira,to de olho em ti,tou de olho em ti,ti tengo d occhio,ti ho nel mirino,ik heb je in de gaten	0.45	threat	ctx
mira bien con quien te cruzas,mira bien por donde andas,mira bien por donde caminas,cuida por donde andas,cuida por donde caminas,fijate con quien te cruzas,regarde bien derriere toi,regarde derriere toi,surveille tes arrieres quand tu sors,schau dich lieber um,schau dich gut um,pass auf wo du langgehst,olha bem por onde andas,olha por onde anda,olha bem com quem te cruzas,guardati le spalle,guardati alle spalle	0.45	threat	ctx
# a dare: mild alone, stacks with "ya verás", "tu vas voir"
sigue hablando y,segui hablando y,seguí hablando y,tu sigue hablando,sigue hablando,continue a parler et,continue de parler et,continue comme ca et,red ruhig weiter,red nur weiter,rede ruhig weiter,red weiter und,continua falando e,continua falando,continua a parlare e,blijf maar praten	0.3	threat
=stalk	descobre;descobri;descobrimos;achamos;encontramos;averigue;averiguamos;rausgefunden;herausgefunden;trouve;weet;weten;sappiamo
=livev	habite;habitez;woont;abiti;vivi;lebst
=where	dove;waar
=ffind	trouver;trouverai;trouverons;retrouver;retrouverai;encontrar;encontrare;averiguar;averiguare;descubrir;descubrire;rausfinden;herausfinden;finden;finde;descobrir;descobrirei;descobre;achar;acharei;trovare;trovero;scoprire;scopriro;vinden;uitvinden
# watch your kids when they go to school (a caution, your family, a school)
=fcaution	cuida;cuide;cuidad;cuidado;attention;gaffe;pass;passt;aufpassen;vorsichtig;olho;attento;attenta;occhio;oppassen
=fschool	colegio;cole;escuela;insti;instituto;guarderia;ecole;lycee;college;creche;schule;kita;kindergarten;escola;escolinha;scuola;asilo;school
# ---------------------------------------------------------------- a blow named by a noun, given to you ("j'te mettrais bien une patate", "ich hau dir eine Schelle")
=fblow	patate;baffe;baffes;claque;gifle;beigne;mandale;torgnole;mornifle;rouste;raclee;tatane;hostia;hostion;ostia;ostion;guantazo;bofetada;bofeton;trompada;cachetada;madrazo;putazo;chingadazo;vergazo;tortazo;sopapo;ohrfeige;schelle;backpfeife;klatsche;kopfnuss;faustschlag;watschn;watsche;porrada;soco;murro;bofetao;tabefe;chapada;cacetada;schiaffo;schiaffone;pugno;cazzotto;ceffone;sberla;sberlone;dreun;oplawaai
hostia,hostias	0.4	profanity
t en coller une,t en colle une,t en collerais une,t en retourner une,t en retourne une,je vais t en mettre une,j vais t en mettre une	0.7	threat	neg ctx
tete a claques,tête à claques,gueule a claques,tronche a claques,tete de con,cara de culo,cara de pendejo,cara de verga,cara de nalga,cara de bunda,cara de cu,cara de otario,backpfeifengesicht,ohrfeigengesicht,faccia da schiaffi,faccia di merda,faccia da culo	0.6	insult
# ---------------------------------------------------------------- Portuguese "fuder" spelling; the PT queue ("bicha do banco")
se fuder,fuder,fude,fudeu,fudido,fudida,se fude,fuderr	0.6	profanity	t=0.3
vai se fuder,vai te fuder,vai se fude	0.9	harassment
bicha e fila,bicha do,bicha da,bicha no,bicha na,bicha para,bicha pra,na bicha,numa bicha,em bicha,fazer bicha,bicha enorme,bicha gigante,bicha significa,bicha quer dizer,uma bicha de gente,uma bicha de carros	0.0	exempt
# ---------------------------------------------------------------- Italian
cazzo,cazzi,cazzata,cazzate,minchia,minchiate,porcodio,porco dio,porca madonna,porca puttana,porca troia,porco giuda,dio cane,diocane	0.6	profanity	t=0.3
porca miseria,porca vacca,porco cane,mannaggia,incazzato,incazzata	0.1	profanity
coglione,coglioni,cogliona,coglionazzo,cazzone,cazzona,minchione,stronzo,stronza,stronzi,stronze,stronzetto,rincoglionito,rincoglionita,bastardo di merda,pezzo di merda,pezzo di stronzo	0.75	insult	t=0.2 noun
stronzata,stronzate,coglionata,coglionate	0.45	profanity
puttana,puttane,puttanella,troia,troie,zoccola,zoccole,mignotta,mignotte,baldracca,bagascia	0.75	insult	t=0.2 noun
figlio di puttana,figlia di puttana,figli di puttana,figlio di troia,figlio di una cagna,figlio di buona donna,testa di cazzo,testa di minchia,faccia di cazzo,brutto stronzo,brutta stronza	0.9	insult
vaffanculo,vaffanculò,fanculo,affanculo,vafanculo,vaffancul,vaffa,va fanculo,va a fanculo,vai a fanculo,va a fare in culo,vai a fare in culo,vai a farti fottere,va a farti fottere,fottiti,vai a cagare,va a cagare,vai a morire ammazzato	0.85	harassment
fottuto,fottuta,fottuti,fottere	0.5	profanity	t=0.3
vai al diavolo,vai a quel paese,va a quel paese	0.45	harassment
imbecille,imbecilli,cretino,cretina,cretini,cretine	0.5	insult	t=0.6 noun
deficiente,deficienti,scemo,scema,scemi,sfigato,sfigata,sfigati,babbeo,babbea,pirla,somaro,somara,idioti,mongoloide,handicappato,citrullo,nullita	0.15	insult	t=0.6 noun
stupido,stupida,stupidi,schifoso,schifosa,schifosi,patetico,inutile,inutili,brutta,bruttissima,bruttissimo	0.05	insult	t=0.55
sei brutto,sei brutta,sei proprio brutto,sei proprio brutta,quanto sei brutto,quanto sei brutta,brutto come la fame,brutta come la fame,brutto come la morte,brutta come la morte,sei un cesso,sei una cessa,che cesso	0.6	insult
fai schifo,fate schifo,mi fai schifo,ci fai schifo,fai cagare,mi fai cagare,fai pena,fai proprio schifo,non vali niente,non vali nulla,non servi a niente,non servi a nulla,sei una nullita,sei un fallito,sei una fallita,sei una delusione,sei una vergogna,nessuno ti vuole,nessuno ti sopporta,nessuno ti ama,nessuno ti ha chiesto niente	0.65	harassment
fa schifo,fa cagare	0.15	profanity
ammazzati,impiccati,ucciditi,suicidati,buttati da un ponte,buttati dal ponte,buttati dalla finestra,buttati sotto un treno,vai a morire,muori male,spero che muori,spero che tu muoia,spero che crepi,spero che muoia	0.9	harassment	neg
ti ammazzo,ti uccido,ti spacco la faccia,ti spacco il culo,ti rompo il culo,ti rompo la faccia,ti rompo le ossa,ti gonfio,ti meno,ti faccio male,ti faccio a pezzi,ti sfondo,so dove abiti,so dove vivi,sappiamo dove abiti	0.85	threat	neg ctx
vattene,sparisci,vai via,levati,smamma	0.3	harassment
levati dai coglioni,levati dalle palle,togliti dalle palle,togliti dai coglioni,fuori dai coglioni,fuori dalle palle,mi hai rotto il cazzo,mi hai rotto le palle,rompi il cazzo,rompi le palle,rompi i coglioni,chiudi quella fogna,chiudi quella cazzo di bocca,chiudi il becco	0.7	harassment
stai zitto,stai zitta,state zitti,zitto,zitta,taci,chiudi la bocca	0.3	harassment	t=0.3
=hope	auguro;augurio
=die	morire;crepare
ik sla je kapot,sla ik je kapot,sla je kapot,ik sla je verrot,sla ik je verrot,ik trap je kapot,trap ik je kapot,ik steek je,ik schop je kapot	0.8	threat	neg ctx
ik ga je vinden,we gaan je vinden,ik vind je wel,we vinden je wel,ti troveremo,ti trovero,vamos a dar contigo,je vais te retrouver	0.45	threat	neg
bist du fallig,dann bist du fallig,bist du dran mein freund,tu vas comprendre ta douleur,tu vas comprendre ta douleur,tu vai apanhar,voce vai apanhar,vc vai apanhar,vai apanhar muito,vai levar porrada,vai levar uma surra,vai tomar porrada,vai levar um pau	0.55	threat	neg ctx
ti auguro di morire,ti auguro la morte,ti auguro il cancro,vergognati,dovresti vergognarti,che schifo di persona,persona di merda,sei una persona orribile	0.55	harassment
# French "tard" (late) and "retard" (delay) are not the English slur
plus tard,trop tard,si tard,tres tard,bien tard,assez tard,aussi tard,tard le soir,tard la nuit,a plus tard,a plus,tot ou tard,au plus tard,il est tard,c est tard,se coucher tard,couche tard,rentre tard,finir tard,fini tard,un peu tard,jusqu a tard,en retard,du retard,de retard,un retard,le retard,mon retard,ton retard,son retard,des retards,les retards,retard de,retards de,avec retard,pris du retard,prend du retard,a du retard,heures de retard,minutes de retard,jours de retard,retard sur	0.0	exempt
cavallo di troia,cavalo de troia,guerra di troia,guerra de troia,elena di troia,helena de troia,citta di troia	0.0	exempt
=second	voi
=det	proprio;davvero;veramente;uno;che;gran;wat;een;zo;echt
# ---------------------------------------------------------------- Dutch
kanker,tering,tyfus,pleuris,klere,kolere,godverdomme,godverdomse,godsamme,godver,tyfuszooi,teringzooi,kankerzooi,klerezooi	0.45	profanity
kut,kutspel,kutgame,kutstream,kutlag,kutserver,kutteam,kutmap,kutding,kutweer,kutdag,kutzooi,kankerspel,kankergame,kankerstream,kankerlag,kankerserver,kankerteam,kankermap,kankerding,kankerweer,kankerdag,kankerbaan,kankerchat,tyfusspel,tyfusgame,teringspel,teringgame,teringlag,tyfuslag,kanker lag,kanker spel,kanker game,kanker stream	0.6	profanity	t=0.3
kankerlijer,kankerlijers,kankerlyer,tyfuslijer,tyfuslijers,teringlijer,teringlijers,pleurislijer,klerelijer,kankerhoer,kankerhoeren,tyfushoer,teringhoer,kankerwijf,kutwijf,kutwijven,kankerjoch,teringjoch,tyfusjoch,kankerkind,kutkind,kankermongool,tyfusmongool,teringmongool,kutmongool,kankerlul,kutlul,kankerzak,kankerdebiel,kankerhond,teringhond,tyfushond,kanker lijer,tyfus lijer,tering lijer	0.9	insult	t=0.1 noun
klootzak,klootzakken,rotzak,rotzakken,hoer,hoeren,hoertje,slet,sletten,sletje,kutje,lulhannes,zakkenwasser,flapdrol,randdebiel,randdebielen,mongool,mongooltje,achterlijke mongool,vuile hoer,vieze hoer,slappe lul	0.75	insult	t=0.2 noun
eikel,eikels,sukkel,sukkels,debielen,imbeciel,mafkees,kneus,mislukkeling,mislukkelingen,trut,trutten,teef,mongolen	0.05	insult	t=0.65 noun
debiel,achterlijk,achterlijke,waardeloos,waardeloze,zielig,zielige	0.05	insult	t=0.55
wat een lul,je bent een lul,jij lul,vuile lul,vieze lul,stomme lul,kut lul	0.65	insult
krijg de kanker,krijg kanker,krijg de tyfus,krijg de tering,krijg de pest,krijg de klere,krijg de pleuris,krijg de kolere,kanker op,kanker toch op,tyfus op,tyfus toch op,tering op,flikker op,flikker toch op,sodemieter op,pleur op,pleur toch op,lazer op,optyfen,optiefen,opkankeren,opflikkeren,opsodemieteren,oppleuren,hou je bek,hou je kop,hou je muil,hou je smoel,hou je klep,bek dicht,kop dicht,smoel dicht	0.8	harassment
rot op,rot toch op,donder op,donder toch op,oprotten,opdonderen,ga weg uit de chat,ga weg uit mijn chat	0.55	harassment
ga weg,hou je mond,wegwezen	0.2	harassment
ga dood,ga toch dood,val dood,val toch dood,ga je ophangen,hang jezelf op,maak jezelf van kant,pleeg zelfmoord,ga zelfmoord plegen,spring van een brug,spring voor de trein,spring voor een trein	0.9	harassment	neg
ik maak je af,ik vermoord je,ik sla je in elkaar,ik sla je kapot,ik steek je neer,ik schiet je neer,ik weet waar je woont,we weten waar je woont,wij weten waar je woont,ik trap je kapot,ik sla je hersens in	0.85	threat	neg ctx
je bent niks waard,je bent niets waard,jij bent niks waard,je bent waardeloos,niemand mag je,niemand mag jou,niemand houdt van je,niemand wil je,niemand wil jou hier	0.7	harassment
=second	jij;jou;jullie
=secondverb	bent
# ================================================================ round 7: near-twin false positives and blind7's kinds
# ---------------------------------------------------------------- "shut up" among friends
# A shut-up said to a friend goes on with a reason or a cheer ("cállate que ya viene el jefe", "cala a boca, que
# jogada linda") or with laughter ("ta gueule mdr", "cala a boca kkkk"): the shut-up itself is innocent then; an insult
# in the same message still counts on its own. Alone ("cala a boca", "ta gueule") it stays what it was.
callate que,callate q,calla que,callate ya que,cala a boca que,cala boca que,cala a boca q,cala boca q,cala a boca pq,cala boca pq,calem a boca que,fecha a boca que	0.0	exempt
callate jaja,callate lol,callate xd,callate lmao,callate jsjs,calla jaja,cala a boca kkk,cala boca kkk,cala a boca kkkkk,cala boca kkkkk,cala a boca lol,cala boca lol,cala a boca rsrs,cala boca rsrs,cala a boca xd,cala boca xd,ta gueule mdr,ta gueule lol,ta gueule ptdr,ta gueule mdrr,ta gueule xd,ferme ta gueule mdr,ferme ta gueule lol,ferme ta gueule ptdr,tg mdr,ftg mdr,halt die klappe haha,halt die klappe lol,halt die klappe xd,halts maul haha,halts maul lol,halt die fresse haha,halt die fresse lol,halt die fresse xd,stai zitto haha,stai zitto lol,stai zitta haha,hou je mond haha,hou je mond lol	0.0	exempt
# "ferme la" is "ferme-la" (shut it) only when "la" ends its clause (Scoring/ForeignRules fermeLaRule):
# "ferme la porte", "ferme la fenêtre", "ferme la map" are doors, windows and menus.
ferme la	0.0	harassment
=fshut	ferme;fermez;fermes
# ---------------------------------------------------------------- "I'll find/get/meet you": an errand alone, a threat with a consequence
# "te voy a buscar al aeropuerto" picks someone up, "vou te encontrar no shopping" meets them, "vou te pegar às 8"
# gives a lift. Alone they stay below the bar; with a harm, a dare, "ya verás" or an exit ("na saída") they stack.
te voy a buscar,voy a buscarte,te vamos a buscar,vamos a buscarte,te voy a encontrar,vou te encontrar,vou te pegar,vamos te pegar,te vou pegar	0.35	threat	neg ctx
vou te achar,te vou achar,vamos te achar,a gente vai te achar,te vamos a encontrar,voy a encontrarte,vamos a encontrarte	0.45	threat	neg ctx
a la salida,a la sortie,nach der schule,na saida,la fora	0.2	threat
vou te pegar na saida,vou te pegar la fora,te pegar na saida,te pegar la fora,te voy a agarrar a la salida,te agarro afuera,je vais te choper a la sortie,je vais t attendre a la sortie,ich krieg dich draussen,ich erwisch dich draussen,ich erwische dich nach der schule	0.65	threat	neg ctx
# ---------------------------------------------------------------- "you'll end up hanged / in hospital / under ground" (ForeignRules endUpRule)
=fendup	terminar;terminas;terminaras;termines;acabar;acabas;acabaras;acabes;parar;finir;finis;finiras;finisses;terminer;termineras;landen;landest;enden;endest;aufwachen;wachst;acabar;acabas;acabaras;acabes;acordar;acordas;acordaras;despertar;despiertas;despertaras;finire;finirai;finisci;svegliarti;eindigen;eindig;belanden;beland
=fendup2	terminaras;acabaras;termines;acabes;finiras;finisses;termineras;landest;endest;wachst;acordaras;despertaras;finirai;finisci
=fendstate	urgencias;urgencia;uci;urgences;rea;reanimation;notaufnahme;intensiv;urgencia;emergencia;soccorso;rianimazione;colgado;colgada;ahorcado;ahorcada;enterrado;enterrada;tieso;tiesa;fiambre;muerto;muerta;hospital;hospitalizado;ataud;zanja;tumba;cementerio;morgue;cuneta;pendu;pendue;mort;morte;hopital;cercueil;tombe;cimetiere;fosse;caniveau;krankenhaus;grab;sarg;friedhof;rollstuhl;strick;tot;leichensack;intensivstation;enforcado;enforcada;enterrado;morto;morta;caixao;cemiterio;vala;uti;valeta;impiccato;impiccata;morto;ospedale;bara;cimitero;fosso;dood;ziekenhuis;kist;graf;rolstoel;tierra;terre;erde;terra;ruedas;roulant;rodas;rotelle
# ---------------------------------------------------------------- Dutch beatings with an adverb ("ik sla je helemaal kapot")
ik sla je helemaal kapot,sla ik je helemaal kapot,ik sla je echt kapot,sla ik je echt kapot,ik sla je compleet kapot,ik maak je kapot,maak ik je kapot,ik maak je helemaal kapot,maak ik je helemaal kapot,ik sloop je,sloop ik je,ik sloop je helemaal,ik mol je,ik ram je in elkaar,ram ik je in elkaar,ik trap je helemaal kapot,ik trap je in elkaar,ik sla je bewusteloos,ik sla je tanden uit je bek,ik sla je de hersens in	0.8	threat	neg ctx
je bent dood,jij bent dood,dan ben je dood,je bent er geweest,dan ben je er geweest,je bent zo dood	0.5	threat	neg ctx
# "ich finde dich" is also "I find you (nice)": "ich finde dich echt lustig", "wir finden dich toll". Alone it is
# mild; "… schon", "… und dann", "werde dich finden" are the threat. "du bist dran" is also "your turn".
ich finde dich,wir finden dich,ich krieg dich,wir kriegen dich	0.3	threat	neg ctx
ich finde dich schon,wir finden dich schon,ich finde dich und,wir finden dich und,ich werde dich finden,wir werden dich finden,ich krieg dich schon,wir kriegen dich schon,ich kriege dich noch,ich krieg dich noch,ich finde dich wenn	0.6	threat	neg ctx
du bist dran	0.35	threat	neg ctx
du bist tot,du bist so tot,dann bist du tot,dann bist du dran,bist du tot	0.6	threat	neg ctx
# a dare about going on talking: stacks with an end-up, a beating or "ya verás" ("si sigues hablando vas a acabar …")
si sigues hablando,si sigues asi,si vuelves a hablar,si dices algo mas,wenn du weiter redest,wenn du so weitermachst,si tu continues a parler,si tu continues comme ca,se continuares a falar,se continuar falando,se voce continuar falando,se continuas a falar,se continui a parlare	0.3	threat
# Italian beatings aimed at your body ("ti spacco le gambe"): the core harm rule reads these
=harm	spacco;spezzo;rompo;sfascio;stacco
=secondpre	ti
=body	gambe;gamba;faccia;denti;ossa;naso;testa;braccia;braccio;collo;mani;dita;ginocchia;costole
# German "Fotze", said to you, is aimed even in a message that mentions a ban ("du Fotze, bann mich nochmal")
fotze,fotzen	0.85	insult	t=0.2 noun
# ================================================================ round 8: blind8's implicit kinds in es/fr/de/pt
# ---------------------------------------------------------------- a headshot told about a game is not a threat ("le metí un tiro en la cabeza desde el otro lado del mapa");
# said to you it is: "te voy a meter un tiro" reads through the blow rule (a shot named by a noun, "te" before it)
un tiro en la cabeza,uma bala na cabeca,une balle dans la tete,eine kugel in den kopf	0.3	threat	neg ctx
=fblow	tiro;tiros;balazo;balazos;plomazo;pallottola;kogel
=gamectx	mapa;mappa;headshot;killcam
# ---------------------------------------------------------------- "do the world a favour and disappear": each half mild alone ("hazle un favor al mundo y recicla",
# "el bug desapareció para siempre"), together an incitement to vanish
hazle un favor al mundo,hazle un favor a todos,haznos un favor a todos,haznos un favor,le harias un favor a todos,le harias un favor al mundo,nos harias un favor,nos harias un favor a todos,harias un favor a todos,harias un favor al mundo,rends service a tout le monde,fais une faveur au monde,faites une faveur au monde,fais nous une faveur,fais nous une faveur a tous,fais une faveur a tout le monde,rends service au monde,rends nous service,rends nous service a tous,ca rendra service a tout le monde,ca rendrait service a tout le monde,tu rendrais service a tout le monde,tu rendrais service au monde,ca nous fera des vacances,ca nous ferait des vacances,ca fera des vacances a tout le monde,tu der welt einen gefallen,tu uns allen einen gefallen,tu uns einen gefallen,mach der welt einen gefallen,tust der welt einen gefallen,tatest der welt einen gefallen,tust uns allen einen gefallen,faz um favor pro mundo,faz um favor ao mundo,faz um favor para o mundo,faca um favor ao mundo,faca um favor pro mundo,faz um favor pra todo mundo,faz um favor a todos,faz um favor pra todos,faria um favor a todos,fazia um favor ao mundo,fazes um favor ao mundo,fai un favore al mondo,fai un favore a tutti,faresti un favore a tutti,doe de wereld een plezier	0.35	harassment
et disparais,y desaparece,und verschwinde,e desaparece,e some daqui,desaparece del mundo,desaparece para siempre,desaparece de una vez,desaparece de una vez por todas,desaparecete,desaparecete para siempre,esfumate,esfumate para siempre,disparais pour de bon,disparais pour toujours,disparais a jamais,disparais de la surface de la terre,disparais une bonne fois pour toutes,disparais de nos vies,verschwinde fur immer,verschwinde endgultig,verschwinde fur immer aus dem internet,verschwinde einfach fur immer,verschwinde von der bildflache,some de vez,some pra sempre,some para sempre,desaparece de vez,desaparece pra sempre,desaparece do mundo,some do mundo,sparisci per sempre,sparisci dalla faccia della terra,verdwijn voor altijd	0.4	harassment
# ---------------------------------------------------------------- a caution on the way home, alone ("pass gut auf, wenn du allein nach Hause gehst"): mild alone, stacks with "pass auf", "cuídate"
allein nach hause,alleine nach hause,allein heim,sola a casa,solo a casa,sola a tu casa,sola de noche,solo de noche,seule chez toi,seul chez toi,seule le soir,toute seule le soir,sozinha pra casa,sozinho pra casa,sozinha para casa,sozinha a noite,sozinho a noite,da sola a casa	0.3	threat	ctx
cuidado al salir,cuidado al salir del trabajo,cuidado cuando salgas,ten cuidado al salir,fais gaffe en sortant,fais attention en sortant,pass auf wenn du rausgehst,cuidado na saida,cuidado ao sair,toma cuidado ao sair	0.3	threat	ctx
nunca se sabe quien te espera,nunca se sabe quien te puede estar esperando,nunca sabes quien te espera,on sait jamais qui t attend,on ne sait jamais qui t attend,on sait jamais ce qui peut arriver,man weiss nie wer auf dich wartet,man weiss nie wer draussen wartet,nunca se sabe quem te espera,nunca se sabe quem esta te esperando,non si sa mai chi ti aspetta	0.45	threat	ctx
# a dare about going on ("continue de faire le malin"): stacks with knowing your street
continue de faire le malin,continue a faire le malin,continue de faire la maligne,continue a faire la maligne,sigue haciendote el listo,sigue haciendote la lista,sigue de listo,sigue de gracioso,mach nur weiter so,spiel dich ruhig weiter auf,continua se achando,continua te achando,continua bancando o espertinho,continua a fare il furbo	0.3	threat
# ---------------------------------------------------------------- "you have the IQ of an oyster" (the English family lives in the insult rules)
t as le qi d,tu as le qi d,t as le qi de,tu as le qi de,t as le cerveau d,tu as le cerveau d,avec ton qi de,t as un qi de,t as moins de neurones qu,tienes el ci de,tenes el ci de,tienes el coeficiente de,tienes el cerebro de,tenes el cerebro de,tienes menos neuronas que,con el ci de,du hast den iq,du hast den iq von,du hast den iq eines,du hast den iq einer,du hast das hirn,hast den iq von,du hast weniger hirnzellen als,tens o qi de,tem o qi de,voce tem o qi de,vc tem o qi de,tens o cerebro de,tem o cerebro de,tens menos neuronios que,tem menos neuronios que,hai il qi di,hai il quoziente di,hai il cervello di	0.6	insult
# ---------------------------------------------------------------- classes of the round-8 rules (Scoring/ForeignRules)
=fdeperson	modo;modos;moderateur;moderador;moderadora;streamer;streameuse;streamerin;streamera;arbitre;arbitro;schiri;mod;admin
=froutine	colonia;zona;cuadra;pueblo;ciudad;ville;stadt;cidade;quartier;edificio;immeuble;gebaude;predio;piso;apartamento;departamento;appartement;wohnung;habitacion;chambre;zimmer;quarto
=fcmphead	juegas;jugas;jugais;joues;jouez;spielst;spielt;jogas;joga;giochi;speelt;util;utiles;inteligente;inteligentes;listo;lista;rapido;rapida;habil;utile;intelligent;intelligente;malin;maligne;doue;douee;schlau;klug;nutzlich;hell;esperto;esperta;furbo;furba;slim;nuttig
=fsilly	abuela;abuelita;abuelo;mere;mamie;papy;oma;omi;opa;avo;vovo;vo;nonna;nonno;tortuga;tortue;schildkrote;tartaruga;caracol;escargot;schnecke;lesma;lumaca;kuhlschrank;nevera;heladera;frigo;refrigerateur;geladeira;frigorifico;toaster;tostadora;tostador;torradeira;patata;papa;kartoffel;batata;piedra;pierre;stein;pedra;ladrillo;brique;ziegelstein;tijolo;cenicero;cendrier;aschenbecher;cinzeiro;puerta;porte;tur;porta;manteca;mantequilla;beurre;butter;manteiga;mueble;meuble;tabla;planche;brett;tabua;lechuga;salade;alface;zanahoria;carotte;karotte;cenoura;ostra;huitre;auster;ameba;amibe;amobe;perezoso;paresseux;faultier;preguica;ciego;ciega;aveugle;blinder;blinde;cego;cega;manco;manca;mono;singe;affe;macaco;bebe;baby;kleinkind;nene;bambino;pinguino;pingouin;pinguin;pinguim;microondas;microonde;mikrowelle;tostadeira;lavadora;waschmaschine;lavatrice;cafetera;cafetiere;kaffeemaschine;cafeteira
=fface	cara;jeta;careto;tete;gueule;tronche;face;gesicht;fresse;visage;fuca;faccia;hirn;gehirn;cerebro;cerveau;cervello;qi;iq;ci;hasslich;feo;fea;moche;laid;laide;feio;feia;brutto;brutta;lelijk
=fcam	camara;cam;webcam;webcams;kamera;camera;cameras;audio;radio;podcast;mascara;masque;maske;bolsa;sac;tute;saco;espejo;espejos;miroir;miroirs;spiegel;espelho;specchio;toaster;tostadora;torradeira;grille;mikrowelle;microondas;kuhlschrank;handy;taschenrechner;calculadora;calculatrice;foto;fotos;photo;filtro;filtre
=fsilly	tortues;tortugas;tartarugas;schildkroten;abuelas;mamies;omas;patatas;kartoffeln;batatas;piedras;pierres;steine;pedras;caracoles;escargots;schnecken;lesmas;pingouins;pinguinos;pinguine
=fdem	esa;ese;esta;este;cette;ce;dem;diesem;dieser;essa;esse;quella;quel;questa;deze
=fthat	como;comme;wie;igual;feito;nem;come;quanto;als;tipo;dass;que;qu;che;dat;q
=fint	tan;tao;aussi;si;so;tanto;cosi;zo;tellement;genauso;ebenso
=kin	tochter;sohn;hija;hijo;fille;fils;filha;filho;figlia;figlio;dochter;zoon
# ---------------------------------------------------------------- round 10: praise idioms with a crude word
# "de puta madre" (great), Portuguese "foda" as praise ("muito foda", "que foda", "foda demais");
# "vai se foder", "hijo de puta", "foda-se" stay.
de puta madre,de putisima madre,de la puta madre,a toda madre	0.0	exempt
que foda,q foda,muito foda,mt foda,mto foda,mais foda,tao foda,bem foda,super foda,foda demais,foda pra caramba,foda pra caralho,foda mesmo,ficou foda,e foda demais,sao fodas,muito fodas,fodas demais,jogo foda,musica foda,cara foda,mano foda,voce e foda,vc e foda,tu e foda	0.0	exempt
# English words that a respelling would read as Portuguese or Spanish profanity ("fodder" as "foder"): known as
# themselves, they are never respelled (no class: only put in the vocabulary)
=fword15	fodder;fodders
# words ForeignRules.r10Matte* compare by spelling (no class: only put in the vocabulary; a word
# the vocabulary lacks never matches `spelled`: "gris mate-se" was read as Portuguese "kill yourself")
=fword10	negro;negra;negros;negras;blanco;blanca;blancos;blancas;gris;azul;rojo;roja;verde;dorado;dorada;plateado;plateada;rosa;beige;marron;morado;amarillo;acabado;color;colores;tono;preto;preta;branco;branca;cinza;noir;blanc;black;white;grey;gray;en;el;un;del;al;mi;su;este;ese;buen;rico;esmalte;pintura;barniz;papel;vidrio;y;o;acabamento;textura;superficie;tomar;tomando;tomo;cebar;cebo;taza;ve;ven;veia;nota;notan;siente;enfrio;enfria;queda;quedo;vea
"""#
}
