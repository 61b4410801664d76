const url = new URL(`https://ryzeapi.cloud/api/group/leave/${process.env.Instance_Name}`);
url.searchParams.set("identifier", "https://chat.whatsapp.com/ABC123XYZ");

await fetch(url, {
  method: "DELETE",
  headers: {
    "token": process.env.Token_Instance
  }
});
