package dev.newsflow.ingest.language;

import java.util.Map;

/**
 * Short news reports written for these tests, one per language the guesser tells apart: a headline
 * and a paragraph of 130 to 400 characters each.
 */
final class NewsSamples {

  private NewsSamples() {}

  /** Headline and paragraph by ISO 639-1 code. */
  static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry(
              "de",
              "Bahnstreik legt Verkehr lahm\nDie Lokführergewerkschaft hat am Montagmorgen einen zweitägigen Streik begonnen. In weiten Teilen des Landes fallen Fern- und Regionalzüge aus, Pendler mussten auf Busse und Autos ausweichen. Die Bahn sprach von einem unverhältnismäßigen Vorgehen und kündigte an, vor Gericht zu ziehen. Die Gewerkschaft fordert höhere Löhne und kürzere Arbeitszeiten für das Zugpersonal."),
          Map.entry(
              "fr",
              "Le port de Marseille rouvre après la tempête\nLes quais du port de Marseille ont rouvert mercredi, après trois jours de fermeture provoqués par des vents violents. Selon la direction du port, une dizaine de navires attendaient au large et devraient être déchargés d'ici la fin de la semaine. Les dockers ont travaillé toute la nuit pour réparer deux grues endommagées par la tempête."),
          Map.entry(
              "es",
              "El Gobierno aprueba nuevas ayudas para los agricultores\nEl Consejo de Ministros aprobó este martes un paquete de ayudas de 300 millones de euros para los agricultores afectados por la sequía. La ministra explicó que las subvenciones llegarán antes del verano y que las cooperativas podrán solicitarlas a partir de la próxima semana. Las organizaciones agrarias consideran que la cantidad es insuficiente."),
          Map.entry(
              "it",
              "Il Comune di Milano vara il piano per le piste ciclabili\nLa giunta comunale ha approvato ieri sera un piano che prevede quaranta chilometri di nuove piste ciclabili entro il prossimo anno. Secondo l'assessore alla mobilità, i lavori partiranno in primavera nei quartieri periferici. I commercianti del centro temono invece la perdita di parcheggi e chiedono un incontro con il sindaco."),
          Map.entry(
              "pt",
              "Governo anuncia investimento na rede ferroviária\nO ministro das Infraestruturas anunciou nesta quinta-feira um investimento de dois mil milhões de euros na modernização da rede ferroviária. As obras vão começar pela linha do Norte, que liga Lisboa ao Porto, e deverão reduzir o tempo de viagem em meia hora. Os sindicatos dos ferroviários saudaram a decisão, mas pedem mais contratações."),
          Map.entry(
              "nl",
              "Gemeenteraad stemt in met nieuwe woonwijk\nDe gemeenteraad van Utrecht heeft dinsdagavond ingestemd met de bouw van een nieuwe woonwijk aan de rand van de stad. Er komen ruim drieduizend woningen, waarvan een derde in de sociale huur. Omwonenden maken zich zorgen over het verkeer en de verdwijning van een stuk natuur, maar de wethouder belooft extra groen en een nieuwe busverbinding."),
          Map.entry(
              "pl",
              "Rząd zapowiada obniżkę podatku dla małych firm\nMinister finansów zapowiedział w środę, że od przyszłego roku małe przedsiębiorstwa zapłacą niższy podatek dochodowy. Zmiana ma objąć firmy zatrudniające mniej niż dziesięciu pracowników. Ekonomiści ostrzegają jednak, że ubytek dochodów budżetu trzeba będzie pokryć z innych źródeł, a opozycja zarzuca rządowi działania przedwyborcze."),
          Map.entry(
              "sv",
              "Regeringen vill bygga fler vindkraftverk\nRegeringen presenterade på tisdagen ett förslag om att kraftigt bygga ut vindkraften till havs under de kommande tio åren. Enligt energiministern ska utbyggnaden sänka elpriserna i södra Sverige. Flera kommuner längs kusten är dock kritiska och vill ha större inflytande över var parkerna placeras och hur fiskets intressen skyddas."),
          Map.entry(
              "da",
              "Folketinget vedtager ny klimalov\nEt flertal i Folketinget stemte torsdag for en ny klimalov, der skal halvere udledningen af drivhusgasser fra landbruget inden 2035. Landbrugets organisationer advarer om, at mange mindre gårde kan blive tvunget til at lukke. Klimaministeren lover økonomisk hjælp til omstillingen og understreger, at Danmark skal gå forrest i kampen mod klimaforandringerne."),
          Map.entry(
              "ru",
              "В Москве открылась новая линия метро\nВ субботу в Москве открылась новая линия метрополитена, которая соединила северные и южные районы города. По словам мэра, новая линия позволит сократить время в пути для сотен тысяч пассажиров. Первые поезда были заполнены уже утром, а на некоторых станциях пришлось временно ограничить вход из-за большого количества людей."),
          Map.entry(
              "uk",
              "У Києві відкрили новий міст через Дніпро\nУ неділю в Києві урочисто відкрили новий міст через Дніпро, будівництво якого тривало майже десять років. Міський голова заявив, що міст значно розвантажить центр міста і скоротить затори на лівому березі. Водночас експерти звертають увагу, що вартість будівництва кілька разів зростала, і вимагають перевірки витрат."),
          Map.entry(
              "tr",
              "İstanbul'da yeni havalimanı hattı hizmete girdi\nİstanbul'da havalimanını şehir merkezine bağlayan yeni metro hattı cumartesi günü hizmete açıldı. Ulaştırma Bakanı, hattın günde yüz binden fazla yolcu taşıyacağını söyledi. Yolcular ilk gün yoğun ilgi gösterirken, bazı istasyonlarda yürüyen merdivenlerin çalışmadığı ve bilet makinelerinde arızalar yaşandığı bildirildi."),
          Map.entry(
              "ar",
              "افتتاح معرض الكتاب الدولي في القاهرة\nافتتح وزير الثقافة صباح اليوم معرض القاهرة الدولي للكتاب بمشاركة أكثر من ألف دار نشر من خمسين دولة. ويستمر المعرض أسبوعين، ويضم ندوات وأمسيات شعرية وورش عمل للأطفال. وقال المنظمون إنهم يتوقعون أكثر من مليوني زائر هذا العام، بعد أن تم توسيع قاعات العرض وتحسين وسائل النقل إلى موقع المعرض."),
          Map.entry(
              "zh",
              "上海开通新的地铁线路\n上海市周六开通了一条新的地铁线路，连接城市北部和浦东国际机场。市政府表示，新线路将大大缩短乘客前往机场的时间，并缓解地面交通的压力。开通首日，许多市民专程前来体验，部分车站一度需要限流。专家认为，城市轨道交通的扩展将继续推动周边地区的发展。"),
          Map.entry(
              "ja",
              "東京で新しい美術館が開館\n東京の湾岸地区に新しい美術館が土曜日に開館し、初日から多くの来場者でにぎわった。館長は、国内外の現代美術を幅広く紹介し、地域の文化の拠点にしたいと話した。開館記念の展覧会では、若手作家の作品を中心に約二百点が展示されており、会期は来年の春まで続く予定だという。"),
          Map.entry(
              "en",
              "Council approves new flood defences\nThe city council approved plans on Tuesday for a new sea wall and pumping station to protect the harbour district from winter floods. Engineers said construction would begin in the spring and last two years. Residents welcomed the decision but asked the council to keep the promenade open while the work is carried out."));
}
